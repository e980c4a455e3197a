using Microsoft.AspNetCore.Http.Json;
using PeaceOps.Ops.Silo.Api.Aircraft;
using PeaceOps.Ops.Silo.Api.Airspace;
using PeaceOps.Ops.Silo.Api.Auth;
using PeaceOps.Ops.Silo.Api.Facilities;
using PeaceOps.Ops.Silo.Api.Incidents;
using PeaceOps.Ops.Silo.Api.Mission;
using PeaceOps.Ops.Silo.Api.Picture;
using PeaceOps.Ops.Silo.Api.Json;
using PeaceOps.Ops.Silo.Api.Problems;
using Scalar.AspNetCore;

namespace PeaceOps.Ops.Silo.Api;

public static class ApiRegistration
{
    public const string Prefix = "/api/v1";

    /// <summary>Problem details for every error, the JSON wire rules, request limits and the OpenAPI document.</summary>
    public static IServiceCollection AddPeaceOpsApi(this IServiceCollection services)
    {
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<JsonOptions>(json => ApiJson.Configure(json.SerializerOptions));

        // Binding failures throw, so the exception handler can name the field instead of answering a bare 400.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = ApiLimits.MaxRequestBodyBytes);
        services.AddOpenApi();
        services.AddSingleton<NineLineText>();
        services.AddSingleton(typeof(StringKeyedGrains<>));
        return services;
    }

    /// <summary>The error pipeline; call first so it wraps everything else.</summary>
    public static WebApplication UsePeaceOpsProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary><c>/api/v1/...</c>, the OpenAPI document and its reference page.</summary>
    public static RouteGroupBuilder MapPeaceOpsApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();

        var api = app.MapGroup(Prefix);
        api.MapLogin();
        api.MapPicture();
        api.MapPositions();
        api.MapFleet();
        api.MapFacilities();
        api.MapAirspace();
        api.MapMission();
        api.MapIncidents();
        return api;
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Airspace;

/// <summary><c>POST /api/v1/airspace</c> (a GeoJSON Feature Polygon) and <c>DELETE /api/v1/airspace/{id}</c>, Admin only.</summary>
public static class AirspaceEndpoints
{
    public sealed record CreatedZone(string Id);

    public static RouteGroupBuilder MapAirspace(this RouteGroupBuilder api)
    {
        api.MapPost("/airspace", Create)
            .RequireAuthorization(Policies.Administration)
            .WithTags("Airspace")
            .WithSummary("Add (or, with the same id, replace) an airspace zone given as a GeoJSON Feature with a Polygon.");
        api.MapDelete("/airspace/{id}", Delete)
            .RequireAuthorization(Policies.Administration)
            .WithTags("Airspace")
            .WithSummary("Remove an airspace zone.");
        return api;
    }

    private static async Task<Results<Created<CreatedZone>, ValidationProblem>> Create(JsonElement feature, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        var zone = AirspaceFeatureReader.Read(feature, errors);
        if (zone is null || errors.Any)
        {
            return errors.ToProblem("The airspace zone is invalid");
        }

        var saved = await grains.GetGrain<IMissionGrain>(IMissionGrain.Key).AddZone(zone, CommandContexts.For(http));
        return TypedResults.Created($"{ApiRegistration.Prefix}/airspace/{Uri.EscapeDataString(saved.Id)}", new CreatedZone(saved.Id));
    }

    private static async Task<NoContent> Delete(string id, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IMissionGrain>(IMissionGrain.Key).RemoveZone(id, CommandContexts.For(http));
        return TypedResults.NoContent();
    }
}

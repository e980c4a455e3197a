using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Aircraft;

/// <summary><c>PUT /api/v1/aircraft/{id}</c> (Admin): registers or reconfigures an airframe of the fleet; the same profile again has no effect.</summary>
public static class FleetEndpoints
{
    public static RouteGroupBuilder MapFleet(this RouteGroupBuilder api)
    {
        api.MapPut("/aircraft/{id}", Register)
            .RequireAuthorization(Policies.Administration)
            .WithTags("Aircraft")
            .WithSummary("Register or reconfigure an aircraft of the fleet.");
        api.MapGet("/aircraft/{id}", async (string id, IGrainFactory grains) => TypedResults.Ok((await grains.GetGrain<IAircraftGrain>(id).GetSnapshot()).ToView()))
            .RequireAuthorization(Policies.ReadPicture)
            .WithTags("Aircraft")
            .WithSummary("One aircraft as the picture shows it.");
        return api;
    }

    private static async Task<Results<Ok<AircraftView>, ValidationProblem>> Register(string id, AircraftProfileRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.RequireText("id", id, 100);
        errors.RequireText("callsign", request.Callsign, 50);
        errors.RequireText("type", request.Type, 50);
        errors.RequireText("baseId", request.BaseId, 100);
        errors.InRange("baseLat", request.BaseLat, -90, 90);
        errors.InRange("baseLon", request.BaseLon, -180, 180);
        errors.InRange("cruiseSpeedKmh", request.CruiseSpeedKmh, 50, 1000);
        errors.InRange("enduranceMinutes", request.EnduranceMinutes, 10, 24 * 60);
        errors.InRange("litters", request.Litters, 0, 100);
        errors.InRange("seats", request.Seats, 0, 200, required: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var profile = new AircraftProfile(
            id, request.Callsign!, request.Type!, request.BaseId!, new GeoPoint(request.BaseLat!.Value, request.BaseLon!.Value),
            request.NvgCapable ?? false, request.CrewNvgCurrent ?? false, request.CruiseSpeedKmh!.Value, request.EnduranceMinutes!.Value,
            request.Litters!.Value, request.Seats ?? 0, request.Hoist ?? false, FixedWing: request.FixedWing ?? false);
        var aircraft = await grains.GetGrain<IAircraftGrain>(id).Register(profile, CommandContexts.For(http));
        return TypedResults.Ok(aircraft.ToView());
    }
}

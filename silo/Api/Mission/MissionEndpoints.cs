using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Mission;

/// <summary><c>PUT /api/v1/mission/settings</c> (Admin): night-flight authorisation, the night threshold and other planning settings.</summary>
public static class MissionEndpoints
{
    public static RouteGroupBuilder MapMission(this RouteGroupBuilder api)
    {
        api.MapPut("/mission/settings", Update)
            .RequireAuthorization(Policies.Administration)
            .WithTags("Mission")
            .WithSummary("Change mission planning settings (night-flight authorisation, night sun elevation, ...).");
        api.MapGet("/mission/settings", async (IGrainFactory grains) => TypedResults.Ok((await Mission(grains).GetSnapshot()).Settings))
            .RequireAuthorization(Policies.ReadPicture)
            .WithTags("Mission")
            .WithSummary("The mission planning settings.");
        return api;
    }

    private static IMissionGrain Mission(IGrainFactory grains) => grains.GetGrain<IMissionGrain>(IMissionGrain.Key);

    private static async Task<Results<Ok<MissionSettingsDto>, ValidationProblem>> Update(MissionSettingsRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.InRange("nightSunElevationDeg", request.NightSunElevationDeg, -18, 0, required: false);
        errors.InRange("zoneMarginKm", request.ZoneMarginKm, 0, 100, required: false);
        errors.InRange("cruiseAltitudeFt", request.CruiseAltitudeFt, 0, 40_000, required: false);
        errors.InRange("groundTimeAtPickupMinutes", request.GroundTimeAtPickupMinutes, 0, 240, required: false);
        errors.InRange("groundTimeAtFacilityMinutes", request.GroundTimeAtFacilityMinutes, 0, 240, required: false);
        errors.InRange("enduranceReserveMinutes", request.EnduranceReserveMinutes, 0, 240, required: false);
        if (request.NightFlightAuthorized is null && request.NightSunElevationDeg is null && request.ZoneMarginKm is null
            && request.DangerAndThreatZonesBlock is null && request.CruiseAltitudeFt is null && request.GroundTimeAtPickupMinutes is null
            && request.GroundTimeAtFacilityMinutes is null && request.EnduranceReserveMinutes is null)
        {
            errors.Add("body", "must change at least one setting.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var mission = Mission(grains);
        var current = (await mission.GetSnapshot()).Settings;
        var settings = current with
        {
            NightFlightAuthorized = request.NightFlightAuthorized ?? current.NightFlightAuthorized,
            NightSunElevationDeg = request.NightSunElevationDeg ?? current.NightSunElevationDeg,
            ZoneMarginKm = request.ZoneMarginKm ?? current.ZoneMarginKm,
            DangerAndThreatZonesBlock = request.DangerAndThreatZonesBlock ?? current.DangerAndThreatZonesBlock,
            CruiseAltitudeFt = request.CruiseAltitudeFt ?? current.CruiseAltitudeFt,
            GroundTimeAtPickupMinutes = request.GroundTimeAtPickupMinutes ?? current.GroundTimeAtPickupMinutes,
            GroundTimeAtFacilityMinutes = request.GroundTimeAtFacilityMinutes ?? current.GroundTimeAtFacilityMinutes,
            EnduranceReserveMinutes = request.EnduranceReserveMinutes ?? current.EnduranceReserveMinutes,
        };
        return TypedResults.Ok(await mission.UpdateSettings(settings, CommandContexts.For(http)));
    }
}

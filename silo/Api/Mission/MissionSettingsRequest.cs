namespace PeaceOps.Ops.Silo.Api.Mission;

/// <summary>Mission settings to change; members left out keep their current value.</summary>
public sealed record MissionSettingsRequest(
    bool? NightFlightAuthorized,
    double? NightSunElevationDeg,
    double? ZoneMarginKm = null,
    bool? DangerAndThreatZonesBlock = null,
    double? CruiseAltitudeFt = null,
    double? GroundTimeAtPickupMinutes = null,
    double? GroundTimeAtFacilityMinutes = null,
    double? EnduranceReserveMinutes = null);

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// Mission-wide planning settings (the tasking engine's MissionSettings). Defaults follow DOMAIN.md: no night-flight
/// authorisation from the host state (the common case, A/70/357 §111), night below −6° sun elevation.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.mission-settings")]
public sealed record MissionSettingsDto(
    [property: Id(0)] bool NightFlightAuthorized = false,
    [property: Id(1)] double NightSunElevationDeg = -6,
    [property: Id(2)] double ZoneMarginKm = 2,
    [property: Id(3)] bool DangerAndThreatZonesBlock = false,
    [property: Id(4)] double CruiseAltitudeFt = 1000,
    [property: Id(5)] double GroundTimeAtPickupMinutes = 10,
    [property: Id(6)] double GroundTimeAtFacilityMinutes = 10,
    [property: Id(7)] double EnduranceReserveMinutes = 20);

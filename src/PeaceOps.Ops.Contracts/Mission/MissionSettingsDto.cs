namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// Mission-wide planning settings. Defaults follow DOMAIN.md: no night-flight authorisation from the host state
/// (the common case, A/70/357 §111), night below −6° sun elevation (end of civil twilight).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.mission-settings")]
public sealed record MissionSettingsDto(
    [property: Id(0)] bool NightFlightAuthorized = false,
    [property: Id(1)] double NightSunElevationDeg = -6,
    [property: Id(2)] double EnduranceReserveMinutes = 30,
    [property: Id(3)] double PickupGroundMinutes = 10,
    [property: Id(4)] double HandoverGroundMinutes = 10);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// Standing mission settings: whether the host state authorises night flights, the sun elevation below which
/// a leg counts as night (−6° = civil twilight by default), and the safety margin kept around airspace zones.
/// </summary>
public sealed record MissionSettingsDefinition(bool NightFlightAuthorized, double NightSunElevationDeg, double ZoneMarginKm)
{
    public const double DefaultNightSunElevationDeg = -6;
    public const double DefaultZoneMarginKm = 2;
}

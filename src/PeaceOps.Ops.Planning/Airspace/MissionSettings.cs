namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>Mission-wide rules the host state and the force commander set.</summary>
/// <param name="NightFlightAuthorized">Host-state night-flight authorisation (many missions lack it: A/70/357 §111).</param>
/// <param name="NightSunElevationDeg">A leg is a night leg when the sun is below this anywhere on it (civil twilight −6°).</param>
/// <param name="ZoneMarginKm">Safety margin routes keep from the zones they avoid.</param>
/// <param name="DangerAndThreatZonesBlock">When true danger and threat zones block like prohibited ones; otherwise crossing them is a warning.</param>
/// <param name="CruiseAltitudeFt">Helicopters fly low: a zone whose floor is above this is flown under.</param>
/// <param name="GroundTimeAtPickupMinutes">Rotors-running time to load casualties.</param>
/// <param name="GroundTimeAtFacilityMinutes">Handover time at the facility before the return leg.</param>
/// <param name="EnduranceReserveMinutes">Final reserve that must remain on landing back at base.</param>
public sealed record MissionSettings(
    bool NightFlightAuthorized = false,
    double NightSunElevationDeg = -6,
    double ZoneMarginKm = 2,
    bool DangerAndThreatZonesBlock = false,
    double CruiseAltitudeFt = 1000,
    double GroundTimeAtPickupMinutes = 10,
    double GroundTimeAtFacilityMinutes = 10,
    double EnduranceReserveMinutes = 20)
{
    public static MissionSettings Default { get; } = new();
}

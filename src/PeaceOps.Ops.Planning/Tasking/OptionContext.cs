using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>One aircraft × facility pairing with its legs flown, as the rules see it.</summary>
/// <param name="Return">The leg home to the nearest base, or null when the mission has no base to return to.</param>
/// <param name="DepartureSite">The site the aircraft takes off from, or null when airborne or off-base.</param>
/// <param name="ReturnSite">The base the return leg lands at.</param>
/// <param name="Airfields">The mission's landing sites with a runway, for fixed-wing options.</param>
internal sealed record OptionContext(
    TaskingRequest Request,
    AircraftSnapshot Aircraft,
    MedicalFacility Facility,
    MissionSettings Settings,
    FlownLeg ToPickup,
    FlownLeg ToFacility,
    FlownLeg? Return,
    LandingSite? DepartureSite,
    LandingSite? ReturnSite,
    IReadOnlyList<AirspaceZone> ProhibitedAtPickup,
    IReadOnlyList<LandingSite> Airfields)
{
    public string Callsign => Aircraft.Callsign;
}

using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>One aircraft × facility pairing with its legs flown, as the rules see it.</summary>
/// <param name="Return">
/// The leg home to the nearest base, or null when no base can be reached. Fixed wing: the nearest base with a runway
/// or airfield, from the airfield it landed at; a camp helipad is no home for it.
/// </param>
/// <param name="DepartureSite">The site the aircraft takes off from, or null when airborne or off-base.</param>
/// <param name="ReturnSite">The base (fixed wing: the base with a runway, or the airfield) the return leg lands at.</param>
/// <param name="Airfields">The mission's landing sites with a runway, for fixed-wing options.</param>
/// <param name="PickupAirfield">Fixed wing: the airfield at the pickup it lands on, or null (a helicopter, or no airfield there).</param>
/// <param name="DeliveryAirfield">Fixed wing: the airfield nearest the facility, where leg 2 ends, or null (a helicopter, or no airfield at all).</param>
/// <param name="RoadTransfer">Fixed wing: the ambulance from <paramref name="DeliveryAirfield"/> to the facility.</param>
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
    IReadOnlyList<LandingSite> Airfields,
    LandingSite? PickupAirfield = null,
    LandingSite? DeliveryAirfield = null,
    RoadTransfer? RoadTransfer = null)
{
    public string Callsign => Aircraft.Callsign;
}

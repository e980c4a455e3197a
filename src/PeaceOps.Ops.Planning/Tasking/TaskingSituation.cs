using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Everything the engine reasons about besides the request, frozen at <see cref="Now"/>.</summary>
public sealed record TaskingSituation(
    DateTimeOffset Now,
    IReadOnlyList<AircraftSnapshot> Aircraft,
    IReadOnlyList<MedicalFacility> Facilities,
    IReadOnlyList<AirspaceZone> Zones,
    IReadOnlyList<LandingSite> LandingSites,
    MissionSettings Settings,
    IReadOnlyList<ZoneClearance> Clearances);

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>A named end of a leg.</summary>
public sealed record Waypoint(string Name, GeoPosition Position);

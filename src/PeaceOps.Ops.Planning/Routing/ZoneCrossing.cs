using PeaceOps.Ops.Planning.Airspace;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A stretch of a route inside a zone that matters at the time it is flown.</summary>
/// <param name="Stance">The most restrictive meaning the zone has while the aircraft is inside it.</param>
public sealed record ZoneCrossing(string ZoneId, string ZoneName, AirspaceZoneKind Kind, DateTimeOffset EntersAt, DateTimeOffset LeavesAt, ZoneStance Stance);

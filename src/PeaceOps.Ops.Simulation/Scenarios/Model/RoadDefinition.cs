using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>A main supply route (convoys, IEDs): a polyline with a relative weight for the incident generator.</summary>
public sealed record RoadDefinition(string Name, IReadOnlyList<GeoPosition> Points, double Weight);

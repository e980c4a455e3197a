using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>Where patrols operate (and so where casualties tend to occur): a circle with a relative weight.</summary>
public sealed record PatrolArea(string Name, GeoPosition Center, double RadiusKm, double Weight);

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A route from one point to another flown at cruise speed from a departure time. Routes avoid every zone that
/// needs anything when they can; failing that they cross approval zones, and as a last resort zones whose crossing
/// is a blocking violation. Active prohibited zones are never crossed.
/// </summary>
public sealed record PlannedRoute(
    bool Found,
    IReadOnlyList<GeoPosition> Positions,
    double DistanceMeters,
    TimeSpan Duration,
    IReadOnlyList<ZoneCrossing> Crossings)
{
    public static PlannedRoute NotFound { get; } = new(false, [], 0, TimeSpan.Zero, []);
}

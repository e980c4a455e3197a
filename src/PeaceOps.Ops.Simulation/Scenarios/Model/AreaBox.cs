using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>The area of operations as a GeoJSON-style bounding box (west, south, east, north), degrees.</summary>
public sealed record AreaBox(double West, double South, double East, double North)
{
    public bool Contains(GeoPosition position) =>
        position.Latitude >= South && position.Latitude <= North && position.Longitude >= West && position.Longitude <= East;
}

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// One feature of airspace.geojson (ICAO Annex 2 kinds plus mission-declared threat areas). The ring is closed
/// (first point repeated last), as in GeoJSON; <see cref="GeometryJson"/> is the feature's geometry as written.
/// </summary>
public sealed record AirspaceZoneDefinition(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<GeoPosition> Ring,
    string GeometryJson,
    int FloorFt,
    int CeilingFt,
    DateTimeOffset? ActiveFrom,
    DateTimeOffset? ActiveTo,
    double? ClearanceLeadTimeHours)
{
    public static readonly IReadOnlyList<string> Kinds = ["prohibited", "restricted", "danger", "threat"];
}

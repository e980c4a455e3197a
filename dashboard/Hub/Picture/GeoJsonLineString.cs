namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>A GeoJSON LineString (RFC 7946): [lon, lat] positions in order.</summary>
public sealed record GeoJsonLineString(IReadOnlyList<double[]> Coordinates)
{
    public string Type => "LineString";
}

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>A GeoJSON Polygon (RFC 7946): rings of [lon, lat] positions, exterior first.</summary>
public sealed record GeoJsonPolygon(IReadOnlyList<IReadOnlyList<double[]>> Coordinates)
{
    public string Type => "Polygon";
}

using System.Text.Json.Serialization;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 1: the pickup site, as an MGRS grid (canonical, no spaces) or as WGS-84 degrees (then <see cref="Mgrs"/> is null).</summary>
public sealed record PickupLocation(string? Mgrs, double Lat, double Lon)
{
    /// <summary>The site as a position (the south-west corner of the MGRS square when given as a grid).</summary>
    [JsonIgnore]
    public GeoPosition Position => new(Lat, Lon);

    public static PickupLocation FromMgrs(MgrsReference grid) =>
        new(grid.Text, grid.SouthWestCorner.Latitude, grid.SouthWestCorner.Longitude);

    /// <summary>Degrees kept to six decimals (11 cm): what the text form carries, so text and model agree.</summary>
    public static PickupLocation FromDegrees(double lat, double lon) =>
        new(null, Math.Round(lat, 6), Math.Round(lon, 6));
}

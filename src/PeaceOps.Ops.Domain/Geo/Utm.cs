namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// UTM (WGS-84) between 80°S and 84°N, with the Norway (32V) and Svalbard (31X/33X/35X/37X) zone
/// exceptions that MGRS uses. The polar caps belong to UPS, which this product does not support:
/// UN missions operate far from them.
/// </summary>
public static class Utm
{
    public const double SouthernLimit = -80.0;
    public const double NorthernLimit = 84.0;

    private const double FalseEasting = 500_000;
    private const double FalseNorthing = 10_000_000;
    private const string BandLetters = "CDEFGHJKLMNPQRSTUVWX";

    public static bool TryFromPosition(GeoPosition at, out UtmCoordinate utm, out MgrsError? error)
    {
        if (at.Latitude is < SouthernLimit or > NorthernLimit)
        {
            utm = default;
            error = new MgrsError(
                MgrsProblem.PolarRegionNotSupported,
                FormattableString.Invariant($"Latitude {at.Latitude:0.#####} is in a polar region (UPS grid, south of 80°S or north of 84°N), which is not supported."));
            return false;
        }

        var band = BandOf(at.Latitude);
        var zone = ZoneOf(at.Latitude, at.Longitude);
        var (x, y) = TransverseMercator.Forward(at.Latitude, at.Longitude, CentralMeridian(zone));
        // The band letter decides the hemisphere; a latitude of −1e-90 is band N and must not get a negative northing.
        var northing = band < 'N' ? y + FalseNorthing : Math.Max(y, 0);
        utm = new UtmCoordinate(zone, band, FalseEasting + x, northing);
        error = null;
        return true;
    }

    public static UtmCoordinate FromPosition(GeoPosition at) =>
        TryFromPosition(at, out var utm, out var error) ? utm : throw new MgrsException(error!);

    /// <summary>The position of a UTM coordinate (the hemisphere comes from the band letter).</summary>
    public static GeoPosition ToPosition(UtmCoordinate utm)
    {
        if (utm.Zone is < 1 or > 60)
        {
            throw new MgrsException(new MgrsError(MgrsProblem.InvalidZone, FormattableString.Invariant($"Zone {utm.Zone} does not exist: UTM zones run from 1 to 60.")));
        }

        var y = utm.IsNorthernHemisphere ? utm.Northing : utm.Northing - FalseNorthing;
        var (lat, lon) = TransverseMercator.Inverse(utm.Easting - FalseEasting, y, CentralMeridian(utm.Zone));
        var longitude = ((lon + 540.0) % 360.0) - 180.0;
        return new GeoPosition(Math.Clamp(lat, -90, 90), longitude);
    }

    public static double CentralMeridian(int zone) => (zone * 6) - 183;

    /// <summary>The latitude band letter C..X (8° each from 80°S; X spans 72°N-84°N).</summary>
    public static char BandOf(double latitude) =>
        BandLetters[Math.Clamp((int)Math.Floor((latitude + 80) / 8), 0, BandLetters.Length - 1)];

    /// <summary>Southern edge of a band in degrees, or null when the letter is not a UTM band.</summary>
    internal static double? BandSouth(char band)
    {
        var index = BandLetters.IndexOf(band, StringComparison.Ordinal);
        return index < 0 ? null : -80 + (index * 8);
    }

    internal static double BandNorth(char band) => band == 'X' ? 84 : BandSouth(band)!.Value + 8;

    public static int ZoneOf(double latitude, double longitude)
    {
        var zone = Math.Clamp((int)Math.Floor((longitude + 180) / 6) + 1, 1, 60);
        if (latitude is >= 56 and < 64 && longitude is >= 3 and < 12)
        {
            return 32;
        }

        if (latitude >= 72 && longitude >= 0 && longitude < 42)
        {
            return longitude switch
            {
                < 9 => 31,
                < 21 => 33,
                < 33 => 35,
                _ => 37,
            };
        }

        return zone;
    }

    /// <summary>West and east edges of a grid zone (zone + band), honouring the Norway and Svalbard exceptions.</summary>
    internal static (double West, double East)? ZoneLongitudes(int zone, char band)
    {
        var west = CentralMeridian(zone) - 3.0;
        var east = west + 6.0;
        if (band == 'V')
        {
            return zone switch
            {
                31 => (0, 3),
                32 => (3, 12),
                _ => (west, east),
            };
        }

        if (band == 'X')
        {
            return zone switch
            {
                32 or 34 or 36 => null,
                31 => (0, 9),
                33 => (9, 21),
                35 => (21, 33),
                37 => (33, 42),
                _ => (west, east),
            };
        }

        return (west, east);
    }
}

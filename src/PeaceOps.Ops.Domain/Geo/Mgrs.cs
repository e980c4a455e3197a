using System.Globalization;

namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// Military Grid Reference System (WGS-84, "AA" lettering, as NGA GEOTRANS) between 80°S and 84°N.
/// A reference names a square: parsing returns its south-west corner and side; formatting truncates
/// (never rounds) to the square that contains the position, as MGRS requires.
/// </summary>
public static class Mgrs
{
    private const string RowLetters = "ABCDEFGHJKLMNPQRSTUV";
    private static readonly string[] ColumnLetters = ["ABCDEFGH", "JKLMNPQR", "STUVWXYZ"];

    // Lowest northing of any 100 km square touching each band (C..X), in metres; fixes the 2,000 km row-letter cycle.
    private static readonly int[] BandMinimumNorthing =
    [
        1_100_000, 2_000_000, 2_800_000, 3_700_000, 4_600_000, 5_500_000, 6_400_000, 7_300_000, 8_200_000, 9_100_000,
        0, 800_000, 1_700_000, 2_600_000, 3_500_000, 4_400_000, 5_300_000, 6_200_000, 7_000_000, 7_900_000,
    ];

    /// <summary>The MGRS reference (no spaces) of the square of side 10^(5−precision) m that contains the position.</summary>
    public static string Format(GeoPosition at, int precision = 5) =>
        TryFormat(at, precision, out var text, out var error) ? text : throw new MgrsException(error!);

    public static bool TryFormat(GeoPosition at, int precision, out string text, out MgrsError? error)
    {
        text = string.Empty;
        if (precision is < 1 or > 5)
        {
            error = new MgrsError(MgrsProblem.InvalidPrecision, "Precision must be 1 to 5 digits per axis (10 km to 1 m).");
            return false;
        }

        if (!Utm.TryFromPosition(at, out var utm, out error))
        {
            return false;
        }

        var easting = (long)Math.Floor(utm.Easting);
        var northing = (long)Math.Floor(utm.Northing);
        var column = ColumnLetters[(utm.Zone - 1) % 3][(int)(easting / 100_000) - 1];
        var row = RowLetters[(int)(((northing / 100_000) + (utm.Zone % 2 == 0 ? 5 : 0)) % 20)];
        var divisor = (long)Math.Pow(10, 5 - precision);
        var e = (easting % 100_000) / divisor;
        var n = (northing % 100_000) / divisor;
        text = string.Create(
            CultureInfo.InvariantCulture,
            $"{utm.Zone}{utm.Band}{column}{row}{e.ToString(new string('0', precision), CultureInfo.InvariantCulture)}{n.ToString(new string('0', precision), CultureInfo.InvariantCulture)}");
        return true;
    }

    public static MgrsReference Parse(string? text) =>
        TryParse(text, out var reference, out var error) ? reference : throw new MgrsException(error!);

    /// <summary>Reads a reference such as "30QZD1639100716" or "30q zd 16391 00716" (spaces and case are free).</summary>
    public static bool TryParse(string? text, out MgrsReference reference, out MgrsError? error)
    {
        reference = default;
        var compact = Compact(text);
        if (compact.Length == 0)
        {
            return Fail(MgrsProblem.Empty, "The MGRS reference is empty.", out error);
        }

        var i = 0;
        while (i < compact.Length && i < 3 && char.IsAsciiDigit(compact[i]))
        {
            i++;
        }

        if (i == 0)
        {
            return compact[0] is 'A' or 'B' or 'Y' or 'Z'
                ? Fail(MgrsProblem.PolarRegionNotSupported, $"'{compact}' is a polar (UPS) reference; polar regions are not supported.", out error)
                : Fail(MgrsProblem.InvalidZone, $"'{compact}' must start with a UTM zone number from 1 to 60.", out error);
        }

        var zone = int.Parse(compact.AsSpan(0, i), NumberStyles.None, CultureInfo.InvariantCulture);
        if (i > 2 || zone is < 1 or > 60)
        {
            return Fail(MgrsProblem.InvalidZone, $"Zone {compact[..i]} does not exist: UTM zones run from 1 to 60.", out error);
        }

        if (compact.Length < i + 3)
        {
            return Fail(MgrsProblem.InvalidSquare, $"'{compact}' is incomplete: expected the zone, a band letter and two 100 km square letters, e.g. 30QZD.", out error);
        }

        var band = compact[i];
        if (band is 'A' or 'B' or 'Y' or 'Z')
        {
            return Fail(MgrsProblem.PolarRegionNotSupported, $"Band {band} is a polar (UPS) band; polar regions are not supported.", out error);
        }

        if (Utm.BandSouth(band) is not { } bandSouth)
        {
            return Fail(MgrsProblem.InvalidBand, $"'{band}' is not a latitude band letter: expected C to X without I and O.", out error);
        }

        if (Utm.ZoneLongitudes(zone, band) is not { } zoneEdges)
        {
            return Fail(MgrsProblem.InvalidZone, $"Grid zone {zone}{band} does not exist (Svalbard: only 31X, 33X, 35X and 37X).", out error);
        }

        var columnLetter = compact[i + 1];
        var columns = ColumnLetters[(zone - 1) % 3];
        var column = columns.IndexOf(columnLetter, StringComparison.Ordinal);
        if (column < 0)
        {
            return Fail(MgrsProblem.InvalidSquare, $"'{columnLetter}' is not a 100 km column letter in zone {zone}: expected one of {columns[0]}-{columns[^1]} (no I or O).", out error);
        }

        var rowLetter = compact[i + 2];
        var rowIndex = RowLetters.IndexOf(rowLetter, StringComparison.Ordinal);
        if (rowIndex < 0)
        {
            return Fail(MgrsProblem.InvalidSquare, $"'{rowLetter}' is not a 100 km row letter: expected A to V without I and O.", out error);
        }

        var digits = compact[(i + 3)..];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return Fail(MgrsProblem.UnexpectedCharacter, $"Unexpected '{c}' in the easting/northing digits of '{compact}'.", out error);
            }
        }

        if (digits.Length is 0 or > 10 || digits.Length % 2 != 0)
        {
            return Fail(
                MgrsProblem.InvalidDigits,
                $"Expected 2, 4, 6, 8 or 10 digits after {compact[..(i + 3)]} (the same number for easting and northing), got {digits.Length}.",
                out error);
        }

        var precision = digits.Length / 2;
        var precisionMeters = Math.Pow(10, 5 - precision);
        var scale = (int)precisionMeters;
        var easting = ((column + 1) * 100_000) + (int.Parse(digits.AsSpan(0, precision), NumberStyles.None, CultureInfo.InvariantCulture) * scale);
        var rowNorthing = (((rowIndex - (zone % 2 == 0 ? 5 : 0)) + 20) % 20 * 100_000)
            + (int.Parse(digits.AsSpan(precision), NumberStyles.None, CultureInfo.InvariantCulture) * scale);
        var northing = (double)rowNorthing;
        var minimum = BandMinimumNorthing[(int)((bandSouth + 80) / 8)];
        while (northing < minimum)
        {
            northing += 2_000_000;
        }

        var utm = new UtmCoordinate(zone, band, easting, northing);
        var corner = Utm.ToPosition(utm);
        var centre = Utm.ToPosition(utm with { Easting = easting + (precisionMeters / 2), Northing = northing + (precisionMeters / 2) });
        // The square must overlap its grid zone: half a square of slack (in degrees) around the zone's edges.
        var slackLat = (precisionMeters / 2 / 110_000) + 1e-6;
        var slackLon = slackLat / Math.Max(Math.Cos(centre.Latitude * Math.PI / 180), 0.05);
        var (west, east) = zoneEdges;
        if (centre.Latitude < bandSouth - slackLat || centre.Latitude > Utm.BandNorth(band) + slackLat
            || centre.Longitude < west - slackLon || centre.Longitude > east + slackLon)
        {
            return Fail(MgrsProblem.SquareOutsideZone, $"Square {columnLetter}{rowLetter} does not lie in grid zone {zone}{band}.", out error);
        }

        reference = new MgrsReference($"{zone}{band}{columnLetter}{rowLetter}{digits}", corner, precision, precisionMeters, utm);
        error = null;
        return true;
    }

    private static string Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }

    private static bool Fail(MgrsProblem problem, string message, out MgrsError? error)
    {
        error = new MgrsError(problem, message);
        return false;
    }
}

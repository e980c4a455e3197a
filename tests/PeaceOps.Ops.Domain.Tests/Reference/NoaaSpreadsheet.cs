namespace PeaceOps.Ops.Domain.Tests.Reference;

/// <summary>
/// A literal transcription of the NOAA Global Monitoring Laboratory solar calculator spreadsheet
/// (NOAA_Solar_Calculations_day.xls), column by column (F: Julian day ... AH: azimuth), with its
/// arccos azimuth and its sunrise hour-angle formula, recomputed once at the found time as NOAA's web
/// calculator does. Test-only oracle.
/// </summary>
internal static class NoaaSpreadsheet
{
    private static double Rad(double d) => d * Math.PI / 180;

    private static double Deg(double r) => r * 180 / Math.PI;

    private static double Mod(double a, double b) => a - (b * Math.Floor(a / b));

    public static (double Declination, double EquationOfTime) Sun(double julianDay)
    {
        var g = (julianDay - 2451545) / 36525;
        var i = Mod(280.46646 + (g * (36000.76983 + (g * 0.0003032))), 360);
        var j = 357.52911 + (g * (35999.05029 - (0.0001537 * g)));
        var k = 0.016708634 - (g * (0.000042037 + (0.0000001267 * g)));
        var l = (Math.Sin(Rad(j)) * (1.914602 - (g * (0.004817 + (0.000014 * g))))) + (Math.Sin(Rad(2 * j)) * (0.019993 - (0.000101 * g))) + (Math.Sin(Rad(3 * j)) * 0.000289);
        var m = i + l;
        var p = m - 0.00569 - (0.00478 * Math.Sin(Rad(125.04 - (1934.136 * g))));
        var q = 23 + ((26 + ((21.448 - (g * (46.815 + (g * (0.00059 - (g * 0.001813)))))) / 60)) / 60);
        var r = q + (0.00256 * Math.Cos(Rad(125.04 - (1934.136 * g))));
        var t = Deg(Math.Asin(Math.Sin(Rad(r)) * Math.Sin(Rad(p))));
        var u = Math.Tan(Rad(r / 2)) * Math.Tan(Rad(r / 2));
        var v = 4 * Deg((u * Math.Sin(2 * Rad(i))) - (2 * k * Math.Sin(Rad(j))) + (4 * k * u * Math.Sin(Rad(j)) * Math.Cos(2 * Rad(i)))
            - (0.5 * u * u * Math.Sin(4 * Rad(i))) - (1.25 * k * k * Math.Sin(2 * Rad(j))));
        return (t, v);
    }

    public static (double Elevation, double Azimuth) Position(DateTimeOffset instant, double latitude, double longitude)
    {
        var utc = instant.UtcDateTime;
        var dayFraction = utc.TimeOfDay.TotalDays;
        // Spreadsheet: F = D + 2415018.5 + E − tz/24, with D the Excel date serial (1899-12-30 = 0).
        var julianDay = (utc.Date - new DateTime(1899, 12, 30)).TotalDays + 2415018.5 + dayFraction;
        var (t, v) = Sun(julianDay);
        var ab = Mod((dayFraction * 1440) + v + (4 * longitude), 1440);
        var ac = ab / 4 < 0 ? (ab / 4) + 180 : (ab / 4) - 180;
        var ad = Deg(Math.Acos((Math.Sin(Rad(latitude)) * Math.Sin(Rad(t))) + (Math.Cos(Rad(latitude)) * Math.Cos(Rad(t)) * Math.Cos(Rad(ac)))));
        var ae = 90 - ad;
        double af;
        if (ae > 85)
        {
            af = 0;
        }
        else if (ae > 5)
        {
            af = (58.1 / Math.Tan(Rad(ae))) - (0.07 / Math.Pow(Math.Tan(Rad(ae)), 3)) + (0.000086 / Math.Pow(Math.Tan(Rad(ae)), 5));
        }
        else if (ae > -0.575)
        {
            af = 1735 + (ae * (-518.2 + (ae * (103.4 + (ae * (-12.79 + (ae * 0.711)))))));
        }
        else
        {
            af = -20.772 / Math.Tan(Rad(ae));
        }

        var ag = ae + (af / 3600);
        var cosArg = Math.Clamp(((Math.Sin(Rad(latitude)) * Math.Cos(Rad(ad))) - Math.Sin(Rad(t))) / (Math.Cos(Rad(latitude)) * Math.Sin(Rad(ad))), -1, 1);
        var ah = ac > 0 ? Mod(Deg(Math.Acos(cosArg)) + 180, 360) : Mod(540 - Deg(Math.Acos(cosArg)), 360);
        return (ag, ah);
    }

    /// <summary>NOAA's rise (rising true) or set time in UTC for the date, for a zenith of 90° − threshold; null when it does not happen.</summary>
    public static DateTimeOffset? Event(DateOnly date, double latitude, double longitude, double threshold, bool rising)
    {
        var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var baseJd = (date.ToDateTime(TimeOnly.MinValue) - new DateTime(1899, 12, 30)).TotalDays + 2415018.5;
        var minutes = 720 - (4 * longitude);
        for (var pass = 0; pass < 3; pass++)
        {
            var (t, v) = Sun(baseJd + (minutes / 1440));
            var cosH = (Math.Cos(Rad(90 - threshold)) / (Math.Cos(Rad(latitude)) * Math.Cos(Rad(t)))) - (Math.Tan(Rad(latitude)) * Math.Tan(Rad(t)));
            if (cosH is < -1 or > 1)
            {
                return null;
            }

            var w = Deg(Math.Acos(cosH));
            minutes = 720 - (4 * longitude) - v + ((rising ? -4 : 4) * w);
        }

        return midnight.AddMinutes(minutes);
    }
}

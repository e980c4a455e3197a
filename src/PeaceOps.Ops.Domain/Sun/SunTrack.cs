namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// The sun over a short window (up to about a day), with declination and equation of time
/// interpolated linearly between the window's ends: over a day both are smooth enough that the
/// error stays below 0.0002°, and it saves the full NOAA series on every evaluation of a search.
/// </summary>
internal readonly struct SunTrack
{
    private const double DegreesToRadians = Math.PI / 180.0;

    private readonly double startMinuteOfDay;
    private readonly double spanMinutes;
    private readonly double sinDec0, sinDecSlope, cosDec0, cosDecSlope, eot0, eotSlope;

    public SunTrack(DateTimeOffset start, DateTimeOffset end)
    {
        var a = SolarCoordinates.At(start);
        var b = SolarCoordinates.At(end);
        startMinuteOfDay = (start.UtcTicks % TimeSpan.TicksPerDay) / (double)TimeSpan.TicksPerMinute;
        spanMinutes = (end - start).TotalMinutes;
        var inverseSpan = spanMinutes > 0 ? 1.0 / spanMinutes : 0;
        var decA = a.DeclinationDegrees * DegreesToRadians;
        var decB = b.DeclinationDegrees * DegreesToRadians;
        sinDec0 = Math.Sin(decA);
        cosDec0 = Math.Cos(decA);
        sinDecSlope = (Math.Sin(decB) - sinDec0) * inverseSpan;
        cosDecSlope = (Math.Cos(decB) - cosDec0) * inverseSpan;
        eot0 = a.EquationOfTimeMinutes;
        eotSlope = (b.EquationOfTimeMinutes - eot0) * inverseSpan;
    }

    /// <summary>Sine of the geometric elevation of the sun, <paramref name="minutes"/> after the window start, at a unit position vector.</summary>
    public double SinElevation(double minutes, double x, double y, double z)
    {
        var sinDec = sinDec0 + (sinDecSlope * minutes);
        var cosDec = cosDec0 + (cosDecSlope * minutes);
        var eot = eot0 + (eotSlope * minutes);
        // Greenwich hour angle (NOAA: true solar time / 4 − 180 at longitude 0).
        var gha = (((startMinuteOfDay + minutes + eot) / 4.0) - 180.0) * DegreesToRadians;
        var (sinG, cosG) = Math.SinCos(gha);
        return (cosDec * ((x * cosG) - (y * sinG))) + (z * sinDec);
    }
}

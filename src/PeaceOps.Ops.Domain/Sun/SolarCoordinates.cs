namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// The sun's place for an instant, by the NOAA solar calculator algorithm (Meeus, Astronomical
/// Algorithms, ch. 25 low-accuracy method and Smart's equation of time, ch. 28). UT is used for
/// dynamical time (ΔT ≈ 70 s moves the sun by ~0.0008°), exactly as NOAA does.
/// </summary>
public readonly record struct SolarCoordinates(
    double DeclinationDegrees,
    double EquationOfTimeMinutes,
    double ApparentLongitudeDegrees,
    double RightAscensionDegrees)
{
    private const double DegreesToRadians = Math.PI / 180.0;
    private const double RadiansToDegrees = 180.0 / Math.PI;
    private const double UnixEpochJulianDay = 2440587.5;

    public static SolarCoordinates At(DateTimeOffset instant) => ForJulianDay(JulianDay(instant));

    public static double JulianDay(DateTimeOffset instant) =>
        UnixEpochJulianDay + ((instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerDay);

    public static SolarCoordinates ForJulianDay(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525.0;
        var meanLongitude = Mod360(280.46646 + (t * (36000.76983 + (t * 0.0003032))));
        var meanAnomaly = 357.52911 + (t * (35999.05029 - (0.0001537 * t)));
        var eccentricity = 0.016708634 - (t * (0.000042037 + (0.0000001267 * t)));
        var m = meanAnomaly * DegreesToRadians;
        var centre = (Math.Sin(m) * (1.914602 - (t * (0.004817 + (0.000014 * t)))))
            + (Math.Sin(2 * m) * (0.019993 - (0.000101 * t)))
            + (Math.Sin(3 * m) * 0.000289);
        var trueLongitude = meanLongitude + centre;
        var omega = (125.04 - (1934.136 * t)) * DegreesToRadians;
        var apparentLongitude = trueLongitude - 0.00569 - (0.00478 * Math.Sin(omega));
        var meanObliquity = 23.0 + ((26.0 + ((21.448 - (t * (46.815 + (t * (0.00059 - (t * 0.001813)))))) / 60.0)) / 60.0);
        var obliquity = (meanObliquity + (0.00256 * Math.Cos(omega))) * DegreesToRadians;
        var lambda = apparentLongitude * DegreesToRadians;
        var declination = Math.Asin(Math.Sin(obliquity) * Math.Sin(lambda)) * RadiansToDegrees;
        var rightAscension = Mod360(Math.Atan2(Math.Cos(obliquity) * Math.Sin(lambda), Math.Cos(lambda)) * RadiansToDegrees);

        var tanHalf = Math.Tan(obliquity / 2);
        var y = tanHalf * tanHalf;
        var l0 = meanLongitude * DegreesToRadians;
        var equationOfTime = (y * Math.Sin(2 * l0))
            - (2 * eccentricity * Math.Sin(m))
            + (4 * eccentricity * y * Math.Sin(m) * Math.Cos(2 * l0))
            - (0.5 * y * y * Math.Sin(4 * l0))
            - (1.25 * eccentricity * eccentricity * Math.Sin(2 * m));

        return new SolarCoordinates(declination, 4 * equationOfTime * RadiansToDegrees, Mod360(apparentLongitude), rightAscension);
    }

    /// <summary>
    /// The Greenwich hour angle of the sun in degrees (NOAA's hour angle at longitude 0):
    /// the local hour angle is this plus the east longitude.
    /// </summary>
    public double GreenwichHourAngleDegrees(DateTimeOffset instant)
    {
        var minutesOfDay = (instant.UtcTicks % TimeSpan.TicksPerDay) / (double)TimeSpan.TicksPerMinute;
        return ((minutesOfDay + EquationOfTimeMinutes) / 4.0) - 180.0;
    }

    private static double Mod360(double degrees)
    {
        var d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}

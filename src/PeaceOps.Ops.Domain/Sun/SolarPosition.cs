using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// Where the sun stands for an observer, by the NOAA solar calculator algorithm (Meeus).
/// <see cref="ElevationDegrees"/> includes NOAA's atmospheric refraction (what an observer sees, as NOAA
/// reports it); night and twilight thresholds (−0.833°, −6°, −12°, −18°) are defined on the
/// geometric elevation of the sun's centre, so <see cref="NightLeg"/> and <see cref="DaylightCalculator"/>
/// use <see cref="GeometricElevationDegrees"/>. Allocation-free.
/// </summary>
public static class SolarPosition
{
    private const double DegreesToRadians = Math.PI / 180.0;
    private const double RadiansToDegrees = 180.0 / Math.PI;

    /// <summary>Apparent elevation of the sun's centre above the horizon, refraction included (NOAA's "corrected for atm refraction").</summary>
    public static double ElevationDegrees(DateTimeOffset instant, GeoPosition at)
    {
        var geometric = GeometricElevationDegrees(instant, at);
        return geometric + AtmosphericRefraction.CorrectionDegrees(geometric);
    }

    /// <summary>Elevation of the sun's centre with no atmosphere (the quantity twilight thresholds refer to).</summary>
    public static double GeometricElevationDegrees(DateTimeOffset instant, GeoPosition at)
    {
        var sun = SolarCoordinates.At(instant);
        var lat = at.Latitude * DegreesToRadians;
        var dec = sun.DeclinationDegrees * DegreesToRadians;
        var hourAngle = (sun.GreenwichHourAngleDegrees(instant) + at.Longitude) * DegreesToRadians;
        var sinElevation = (Math.Sin(lat) * Math.Sin(dec)) + (Math.Cos(lat) * Math.Cos(dec) * Math.Cos(hourAngle));
        return Math.Asin(Math.Clamp(sinElevation, -1, 1)) * RadiansToDegrees;
    }

    /// <summary>Azimuth of the sun, degrees clockwise from true north (0..360).</summary>
    public static double AzimuthDegrees(DateTimeOffset instant, GeoPosition at)
    {
        var sun = SolarCoordinates.At(instant);
        var hourAngle = (sun.GreenwichHourAngleDegrees(instant) + at.Longitude) * DegreesToRadians;
        var lat = at.Latitude * DegreesToRadians;
        var dec = sun.DeclinationDegrees * DegreesToRadians;
        // atan2 form: equal to NOAA's arccos form away from the zenith and well-defined at it and at the poles.
        var azimuth = Math.Atan2(
            Math.Sin(hourAngle),
            (Math.Cos(hourAngle) * Math.Sin(lat)) - (Math.Tan(dec) * Math.Cos(lat))) * RadiansToDegrees;
        var fromNorth = (azimuth + 180.0) % 360.0;
        return fromNorth < 0 ? fromNorth + 360.0 : fromNorth;
    }
}

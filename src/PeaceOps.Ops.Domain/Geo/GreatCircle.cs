namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// Great-circle navigation. Directions and paths are on the sphere of mean radius 6,371,008.8 m (IUGG R1);
/// distances are corrected to the WGS-84 ellipsoid with Lambert's formula (within ~10 m per 1,000 km of
/// Vincenty). The bare sphere is off by up to 0.56 % on north-south legs near the equator, exactly where
/// the missions fly; Lambert costs a few trigonometric functions more and removes that.
/// <see cref="Destination"/> uses the same distance, so distance(start, destination(start, b, d)) == d.
/// </summary>
public static class GreatCircle
{
    public const double MeanEarthRadiusMeters = 6371008.8;

    private const double DegreesToRadians = Math.PI / 180.0;
    private const double RadiansToDegrees = 180.0 / Math.PI;

    private const double WgsSemiMajorAxis = 6378137.0;
    private const double WgsFlattening = 1 / 298.257223563;

    /// <summary>The length of the shortest path on the WGS-84 ellipsoid (Lambert's formula), in metres.</summary>
    public static double DistanceMeters(GeoPosition a, GeoPosition b)
    {
        // Lambert (1942): the spherical angle between reduced latitudes, corrected for flattening.
        var beta1 = Math.Atan((1 - WgsFlattening) * Math.Tan(a.Latitude * DegreesToRadians));
        var beta2 = Math.Atan((1 - WgsFlattening) * Math.Tan(b.Latitude * DegreesToRadians));
        var sigma = CentralAngleRadians(beta1, beta2, (b.Longitude - a.Longitude) * DegreesToRadians);
        var halfSin = Math.Sin(sigma / 2);
        var halfCos = Math.Cos(sigma / 2);
        if (halfSin < 1e-12 || halfCos < 1e-6)
        {
            return sigma * MeanEarthRadiusMeters;
        }

        var (sinP, cosP) = Math.SinCos((beta1 + beta2) / 2);
        var (sinQ, cosQ) = Math.SinCos((beta2 - beta1) / 2);
        var x = (sigma - Math.Sin(sigma)) * sinP * sinP * cosQ * cosQ / (halfCos * halfCos);
        var y = (sigma + Math.Sin(sigma)) * cosP * cosP * sinQ * sinQ / (halfSin * halfSin);
        return WgsSemiMajorAxis * (sigma - (WgsFlattening / 2 * (x + y)));
    }

    /// <summary>Distance on the mean-radius sphere: cheaper, up to 0.56 % off the ellipsoid.</summary>
    public static double SphericalDistanceMeters(GeoPosition a, GeoPosition b) =>
        CentralAngleRadians(a, b) * MeanEarthRadiusMeters;

    /// <summary>The central angle between two positions (haversine form: well-conditioned for short legs).</summary>
    public static double CentralAngleRadians(GeoPosition a, GeoPosition b) =>
        CentralAngleRadians(a.Latitude * DegreesToRadians, b.Latitude * DegreesToRadians, (b.Longitude - a.Longitude) * DegreesToRadians);

    private static double CentralAngleRadians(double lat1, double lat2, double deltaLongitude)
    {
        var sinHalfDLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDLon = Math.Sin(deltaLongitude / 2);
        var h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon);
        return 2 * Math.Asin(Math.Sqrt(Math.Clamp(h, 0, 1)));
    }

    /// <summary>The true course at departure, 0 (north) clockwise to 360 (exclusive). 0 for coincident points.</summary>
    public static double InitialBearingDegrees(GeoPosition a, GeoPosition b)
    {
        var lat1 = a.Latitude * DegreesToRadians;
        var lat2 = b.Latitude * DegreesToRadians;
        var dLon = (b.Longitude - a.Longitude) * DegreesToRadians;
        var y = Math.Sin(dLon) * Math.Cos(lat2);
        var x = (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon));
        return NormalizeBearing(Math.Atan2(y, x) * RadiansToDegrees);
    }

    public static GeoPosition Destination(GeoPosition start, double bearingDegrees, double distanceMeters)
    {
        if (!double.IsFinite(bearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(bearingDegrees), bearingDegrees, "Bearing must be a finite number of degrees.");
        }

        if (!double.IsFinite(distanceMeters))
        {
            throw new ArgumentOutOfRangeException(nameof(distanceMeters), distanceMeters, "Distance must be a finite number of metres.");
        }

        // Walk the sphere, then rescale the angle until the ellipsoidal distance is the one asked for:
        // the ratio hardly changes along a leg, so two or three rounds reach the millimetre.
        var delta = distanceMeters / MeanEarthRadiusMeters;
        var end = SphericalDestination(start, bearingDegrees, delta);
        for (var i = 0; i < 4 && Math.Abs(distanceMeters) > 0.001; i++)
        {
            var reached = DistanceMeters(start, end);
            if (reached <= 0 || Math.Abs(reached - Math.Abs(distanceMeters)) < 0.0005 || delta > 3.1)
            {
                break;
            }

            delta *= Math.Abs(distanceMeters) / reached;
            end = SphericalDestination(start, bearingDegrees, delta);
        }

        return end;
    }

    private static GeoPosition SphericalDestination(GeoPosition start, double bearingDegrees, double delta)
    {
        var theta = bearingDegrees * DegreesToRadians;
        var lat1 = start.Latitude * DegreesToRadians;
        var lon1 = start.Longitude * DegreesToRadians;
        var sinLat2 = (Math.Sin(lat1) * Math.Cos(delta)) + (Math.Cos(lat1) * Math.Sin(delta) * Math.Cos(theta));
        var lat2 = Math.Asin(Math.Clamp(sinLat2, -1, 1));
        var lon2 = lon1 + Math.Atan2(
            Math.Sin(theta) * Math.Sin(delta) * Math.Cos(lat1),
            Math.Cos(delta) - (Math.Sin(lat1) * sinLat2));
        return FromRadians(lat2, lon2);
    }

    /// <summary>
    /// The point a fraction of the way along the great circle from <paramref name="a"/> to <paramref name="b"/>
    /// (0 gives a, 1 gives b; values outside 0..1 extrapolate along the same circle).
    /// </summary>
    public static GeoPosition Interpolate(GeoPosition a, GeoPosition b, double fraction)
    {
        if (!double.IsFinite(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Fraction must be a finite number.");
        }

        var leg = GreatCircleLeg.Between(a, b);
        if (leg.IsAntipodal)
        {
            throw new ArgumentException("Antipodal positions do not define a single great circle.", nameof(b));
        }

        leg.PointAt(fraction, out var x, out var y, out var z);
        return FromUnitVector(x, y, z);
    }

    internal static GeoPosition FromUnitVector(double x, double y, double z)
    {
        var lat = Math.Atan2(z, Math.Sqrt((x * x) + (y * y)));
        var lon = Math.Atan2(y, x);
        return FromRadians(lat, lon);
    }

    private static GeoPosition FromRadians(double lat, double lon)
    {
        var latitude = Math.Clamp(lat * RadiansToDegrees, -90, 90);
        var longitude = NormalizeLongitude(lon * RadiansToDegrees);
        return new GeoPosition(latitude, longitude);
    }

    private static double NormalizeBearing(double degrees)
    {
        var b = degrees % 360.0;
        if (b < 0)
        {
            b += 360.0;
        }

        return b >= 360.0 ? 0 : b;
    }

    private static double NormalizeLongitude(double degrees)
    {
        var lon = ((degrees + 180.0) % 360.0 + 360.0) % 360.0 - 180.0;
        return lon == -180.0 && degrees > 0 ? 180.0 : lon;
    }
}

namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// A great-circle leg prepared once for many position look-ups (spherical linear interpolation of
/// unit vectors): the night-leg search asks for dozens of points on the same leg and must not
/// repeat the set-up trigonometry or allocate.
/// </summary>
internal readonly struct GreatCircleLeg
{
    private const double DegreesToRadians = Math.PI / 180.0;

    private readonly double ax, ay, az, bx, by, bz;

    private GreatCircleLeg(double ax, double ay, double az, double bx, double by, double bz, double angle)
    {
        this.ax = ax;
        this.ay = ay;
        this.az = az;
        this.bx = bx;
        this.by = by;
        this.bz = bz;
        AngleRadians = angle;
        SinAngle = Math.Sin(angle);
    }

    /// <summary>The central angle of the leg in radians.</summary>
    public double AngleRadians { get; }

    private double SinAngle { get; }

    /// <summary>True when the ends are (numerically) opposite each other, where every great circle through them is as short.</summary>
    public bool IsAntipodal => SinAngle < 1e-10 && AngleRadians > 3;

    public static GreatCircleLeg Between(GeoPosition a, GeoPosition b)
    {
        ToUnitVector(a, out var ax, out var ay, out var az);
        ToUnitVector(b, out var bx, out var by, out var bz);
        return new GreatCircleLeg(ax, ay, az, bx, by, bz, GreatCircle.CentralAngleRadians(a, b));
    }

    public static void ToUnitVector(GeoPosition p, out double x, out double y, out double z)
    {
        var lat = p.Latitude * DegreesToRadians;
        var lon = p.Longitude * DegreesToRadians;
        var cosLat = Math.Cos(lat);
        x = cosLat * Math.Cos(lon);
        y = cosLat * Math.Sin(lon);
        z = Math.Sin(lat);
    }

    public void PointAt(double fraction, out double x, out double y, out double z)
    {
        // Below ~1 mm the sine ratio is numerically meaningless; a straight blend is exact enough.
        if (SinAngle < 1e-10)
        {
            x = ax + ((bx - ax) * fraction);
            y = ay + ((by - ay) * fraction);
            z = az + ((bz - az) * fraction);
            var n = Math.Sqrt((x * x) + (y * y) + (z * z));
            x /= n;
            y /= n;
            z /= n;
            return;
        }

        var wa = Math.Sin((1 - fraction) * AngleRadians) / SinAngle;
        var wb = Math.Sin(fraction * AngleRadians) / SinAngle;
        x = (wa * ax) + (wb * bx);
        y = (wa * ay) + (wb * by);
        z = (wa * az) + (wb * bz);
    }
}

namespace PeaceOps.Ops.Domain.Geo;

/// <summary>A point on the WGS-84 ellipsoid in decimal degrees (latitude −90..90, longitude −180..180).</summary>
public readonly record struct GeoPosition
{
    public GeoPosition(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public override string ToString() => FormattableString.Invariant($"{Latitude:F5},{Longitude:F5}");
}

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// Equirectangular projection scaled at the mission's centre latitude. Over a mission area a few hundred
/// kilometres wide (Mali, DRC, South Sudan sit between 15°S and 20°N) straight lines on it stay within a
/// few hundred metres of the great circle, well inside the 2 km zone margin; reported distances are
/// great-circle distances between the route's vertices, not plane lengths. Antimeridian missions are out of scope.
/// </summary>
internal sealed class LocalProjection
{
    private const double EarthRadiusMeters = 6371008.8;
    private const double DegreesToRadians = Math.PI / 180;
    private readonly double _centreLatitude;
    private readonly double _centreLongitude;
    private readonly double _metresPerDegreeLatitude;
    private readonly double _metresPerDegreeLongitude;

    public LocalProjection(double centreLatitude, double centreLongitude)
    {
        _centreLatitude = centreLatitude;
        _centreLongitude = centreLongitude;
        _metresPerDegreeLatitude = EarthRadiusMeters * DegreesToRadians;
        _metresPerDegreeLongitude = _metresPerDegreeLatitude * Math.Max(Math.Cos(centreLatitude * DegreesToRadians), 0.01);
    }

    public static LocalProjection Around(IEnumerable<GeoPosition> positions)
    {
        double minLat = double.MaxValue, maxLat = double.MinValue, minLon = double.MaxValue, maxLon = double.MinValue;
        var any = false;
        foreach (var p in positions)
        {
            any = true;
            minLat = Math.Min(minLat, p.Latitude);
            maxLat = Math.Max(maxLat, p.Latitude);
            minLon = Math.Min(minLon, p.Longitude);
            maxLon = Math.Max(maxLon, p.Longitude);
        }

        return any ? new LocalProjection((minLat + maxLat) / 2, (minLon + maxLon) / 2) : new LocalProjection(0, 0);
    }

    public PlanePoint ToPlane(GeoPosition position) => new(
        (position.Longitude - _centreLongitude) * _metresPerDegreeLongitude,
        (position.Latitude - _centreLatitude) * _metresPerDegreeLatitude);

    public GeoPosition ToGeo(PlanePoint point) => new(
        Math.Clamp(_centreLatitude + (point.Y / _metresPerDegreeLatitude), -90, 90),
        Math.Clamp(_centreLongitude + (point.X / _metresPerDegreeLongitude), -180, 180));
}

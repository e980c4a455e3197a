using NetTopologySuite.Geometries;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Grains.Mission;

/// <summary>Whether a chosen route (lon/lat polyline) touches a zone's polygon: the test for flagging a re-plan.</summary>
internal static class RouteCrossing
{
    private static readonly GeometryFactory Factory = new();

    public static bool Crosses(IReadOnlyList<GeoPoint> route, AirspaceZoneDto zone)
    {
        if (route.Count == 0 || zone.Rings.Count == 0 || zone.Rings[0].Count < 4)
        {
            return false;
        }

        var polygon = Factory.CreatePolygon(
            Ring(zone.Rings[0]),
            zone.Rings.Skip(1).Where(r => r.Count >= 4).Select(Ring).ToArray());
        Geometry path = route.Count == 1
            ? Factory.CreatePoint(new Coordinate(route[0].Lon, route[0].Lat))
            : Factory.CreateLineString(route.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray());
        return polygon.Intersects(path);
    }

    private static LinearRing Ring(IReadOnlyList<GeoPoint> points)
    {
        var coordinates = points.Select(p => new Coordinate(p.Lon, p.Lat)).ToList();
        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.Add(coordinates[0].Copy());
        }

        return Factory.CreateLinearRing(coordinates.ToArray());
    }
}

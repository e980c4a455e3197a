using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tests.Support;

/// <summary>Back from positions to the kilometre grid of <see cref="Mission"/>, for hand-checkable geometry.</summary>
internal static class Km
{
    public static (double X, double Y) Of(GeoPosition p) =>
        (p.Longitude * Mission.KmPerDegreeLongitude, (p.Latitude - 16) * Mission.KmPerDegreeLatitude);

    /// <summary>Shortest distance from segment p-q to the axis-aligned rectangle (0 when they meet).</summary>
    public static double SegmentToRectangle((double X, double Y) p, (double X, double Y) q, double west, double south, double east, double north)
    {
        var best = double.MaxValue;
        for (var i = 0; i <= 400; i++)
        {
            var t = i / 400.0;
            var x = p.X + ((q.X - p.X) * t);
            var y = p.Y + ((q.Y - p.Y) * t);
            var dx = Math.Max(Math.Max(west - x, 0), x - east);
            var dy = Math.Max(Math.Max(south - y, 0), y - north);
            best = Math.Min(best, Math.Sqrt((dx * dx) + (dy * dy)));
        }

        return best;
    }

    public static double ClosestApproach(IReadOnlyList<GeoPosition> route, double west, double south, double east, double north)
    {
        var best = double.MaxValue;
        for (var i = 0; i + 1 < route.Count; i++)
        {
            best = Math.Min(best, SegmentToRectangle(Of(route[i]), Of(route[i + 1]), west, south, east, north));
        }

        return best;
    }
}

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A planned path with the instant the aircraft passes each vertex, flying great circles at constant speed.</summary>
internal sealed class TimedPath
{
    private readonly double[] _cumulativeMeters;
    private readonly DateTimeOffset _departAt;
    private readonly double _metresPerSecond;

    private TimedPath(List<PlanePoint> plane, GeoPosition[] positions, double[] cumulative, DateTimeOffset departAt, double metresPerSecond)
    {
        Plane = plane;
        Positions = positions;
        _cumulativeMeters = cumulative;
        _departAt = departAt;
        _metresPerSecond = metresPerSecond;
    }

    public List<PlanePoint> Plane { get; }

    public GeoPosition[] Positions { get; }

    public double TotalMeters => _cumulativeMeters[^1];

    public TimeSpan Duration => TimeSpan.FromSeconds(TotalMeters / _metresPerSecond);

    public static TimedPath Create(List<PlanePoint> plane, LocalProjection projection, GeoPosition from, GeoPosition to, DateTimeOffset departAt, double metresPerSecond)
    {
        var positions = new GeoPosition[plane.Count];
        positions[0] = from;
        positions[^1] = to;
        for (var i = 1; i < plane.Count - 1; i++)
        {
            positions[i] = projection.ToGeo(plane[i]);
        }

        var cumulative = new double[plane.Count];
        for (var i = 1; i < plane.Count; i++)
        {
            cumulative[i] = cumulative[i - 1] + GreatCircle.DistanceMeters(positions[i - 1], positions[i]);
        }

        return new TimedPath(plane, positions, cumulative, departAt, metresPerSecond);
    }

    public DateTimeOffset TimeAt(int segment, double fraction)
    {
        var metres = _cumulativeMeters[segment] + ((_cumulativeMeters[segment + 1] - _cumulativeMeters[segment]) * fraction);
        return _departAt.AddSeconds(metres / _metresPerSecond);
    }

    /// <summary>When the path is inside the ring, as merged [enters, leaves] intervals.</summary>
    public IReadOnlyList<(DateTimeOffset Enters, DateTimeOffset Leaves)> TimesInside(PlaneRing ring, List<(double From, double To)> scratch)
    {
        // Most zones tested are never entered: no list for them.
        List<(DateTimeOffset, DateTimeOffset)>? result = null;
        for (var s = 0; s + 1 < Plane.Count; s++)
        {
            scratch.Clear();
            ring.InsideIntervals(Plane[s], Plane[s + 1], scratch);
            foreach (var (t0, t1) in scratch)
            {
                var enters = TimeAt(s, t0);
                var leaves = TimeAt(s, t1);
                result ??= [];
                if (result.Count > 0 && result[^1].Item2 >= enters)
                {
                    result[^1] = (result[^1].Item1, leaves);
                }
                else
                {
                    result.Add((enters, leaves));
                }
            }
        }

        return result is null ? [] : result;
    }
}

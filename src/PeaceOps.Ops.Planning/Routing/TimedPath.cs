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

    /// <summary>When the path is inside the ring, as merged [enters, leaves] intervals written into <paramref name="result"/> (cleared first).</summary>
    /// <param name="result">Reused by the caller across the zones it tests: most are never entered, and one list per zone per route was garbage.</param>
    public void TimesInside(PlaneRing ring, List<(double From, double To)> scratch, List<(DateTimeOffset Enters, DateTimeOffset Leaves)> result)
    {
        result.Clear();
        for (var s = 0; s + 1 < Plane.Count; s++)
        {
            scratch.Clear();
            ring.InsideIntervals(Plane[s], Plane[s + 1], scratch);
            foreach (var (t0, t1) in scratch)
            {
                var enters = TimeAt(s, t0);
                var leaves = TimeAt(s, t1);
                if (result.Count > 0 && result[^1].Leaves >= enters)
                {
                    result[^1] = (result[^1].Enters, leaves);
                }
                else
                {
                    result.Add((enters, leaves));
                }
            }
        }
    }
}

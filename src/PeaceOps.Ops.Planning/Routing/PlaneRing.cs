namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A simple polygon on the plane, counter-clockwise, without the closing repeat, with the exact segment
/// tests the visibility graph needs. Touching the boundary (sliding along an edge, grazing a corner) is free;
/// only the open interior blocks, which is what makes the visibility-graph optimum exact.
/// </summary>
internal sealed class PlaneRing
{
    private const double BoundaryTolerance = 1e-6;
    private readonly double[] _x;
    private readonly double[] _y;

    public PlaneRing(IReadOnlyList<PlanePoint> points)
    {
        var cleaned = Clean(points);
        if (SignedArea(cleaned) < 0)
        {
            cleaned.Reverse();
        }

        Count = cleaned.Count;
        _x = new double[Count];
        _y = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            _x[i] = cleaned[i].X;
            _y[i] = cleaned[i].Y;
        }

        MinX = _x.Min();
        MaxX = _x.Max();
        MinY = _y.Min();
        MaxY = _y.Max();
    }

    public int Count { get; }

    public double MinX { get; }

    public double MaxX { get; }

    public double MinY { get; }

    public double MaxY { get; }

    public PlanePoint this[int index] => new(_x[index], _y[index]);

    public PlanePoint Previous(int index) => this[index == 0 ? Count - 1 : index - 1];

    public PlanePoint Next(int index) => this[index == Count - 1 ? 0 : index + 1];

    /// <summary>A corner pointing out into free space: the only corners a shortest path can bend around.</summary>
    public bool IsConvexCorner(int index) => Cross(Previous(index), this[index], Next(index)) > 0;

    /// <summary>True when the line from this corner towards <paramref name="target"/> leaves the polygon on one side only.</summary>
    public bool IsTangentAt(int index, PlanePoint target)
    {
        var v = this[index];
        var s1 = Cross(v, target, Previous(index));
        var s2 = Cross(v, target, Next(index));
        return s1 * s2 >= 0;
    }

    public bool EnvelopeContains(PlanePoint p) => p.X >= MinX && p.X <= MaxX && p.Y >= MinY && p.Y <= MaxY;

    /// <summary>Inside the open interior; a point on the boundary is outside.</summary>
    public bool StrictlyContains(PlanePoint p)
    {
        if (!EnvelopeContains(p))
        {
            return false;
        }

        var inside = false;
        for (int i = 0, j = Count - 1; i < Count; j = i++)
        {
            double xi = _x[i], yi = _y[i], xj = _x[j], yj = _y[j];
            if (OnSegment(xj, yj, xi, yi, p.X, p.Y))
            {
                return false;
            }

            if ((yi > p.Y) != (yj > p.Y) && p.X < ((xj - xi) * (p.Y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>Whether the segment a-b passes through the open interior.</summary>
    public bool IntersectsInterior(PlanePoint a, PlanePoint b)
    {
        if (!SegmentTouchesEnvelope(a, b))
        {
            return false;
        }

        Span<double> buffer = stackalloc double[16];
        var touches = new TouchList(buffer);
        touches.Add(0);
        touches.Add(1);
        if (!CollectTouches(a, b, ref touches))
        {
            return true;
        }

        touches.Sort();
        for (var i = 0; i + 1 < touches.Count; i++)
        {
            var t0 = touches[i];
            var t1 = touches[i + 1];
            if (t1 - t0 < 1e-12)
            {
                continue;
            }

            var tm = (t0 + t1) / 2;
            if (StrictlyContains(new PlanePoint(a.X + ((b.X - a.X) * tm), a.Y + ((b.Y - a.Y) * tm))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parameter intervals [t0, t1] of the segment a-b (0 at a, 1 at b) that lie in the open interior.</summary>
    public void InsideIntervals(PlanePoint a, PlanePoint b, List<(double From, double To)> intervals)
    {
        if (!SegmentTouchesEnvelope(a, b))
        {
            return;
        }

        var all = new List<double> { 0, 1 };
        for (int i = 0, j = Count - 1; i < Count; j = i++)
        {
            var t = SegmentParameter(a, b, new PlanePoint(_x[j], _y[j]), new PlanePoint(_x[i], _y[i]));
            if (t is { } value)
            {
                all.Add(value);
            }

            var vertex = new PlanePoint(_x[i], _y[i]);
            if (Math.Abs(Cross(a, b, vertex)) <= BoundaryTolerance * Math.Max(1, a.DistanceTo(b)))
            {
                var along = Project(a, b, vertex);
                if (along is > 0 and < 1)
                {
                    all.Add(along);
                }
            }
        }

        all.Sort();
        for (var i = 0; i + 1 < all.Count; i++)
        {
            var t0 = all[i];
            var t1 = all[i + 1];
            if (t1 - t0 < 1e-12)
            {
                continue;
            }

            var tm = (t0 + t1) / 2;
            if (!StrictlyContains(new PlanePoint(a.X + ((b.X - a.X) * tm), a.Y + ((b.Y - a.Y) * tm))))
            {
                continue;
            }

            if (intervals.Count > 0 && Math.Abs(intervals[^1].To - t0) < 1e-12)
            {
                intervals[^1] = (intervals[^1].From, t1);
            }
            else
            {
                intervals.Add((t0, t1));
            }
        }
    }

    public static double Cross(PlanePoint o, PlanePoint a, PlanePoint b) =>
        ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));

    private bool CollectTouches(PlanePoint a, PlanePoint b, ref TouchList touches)
    {
        for (int i = 0, j = Count - 1; i < Count; j = i++)
        {
            var p = new PlanePoint(_x[j], _y[j]);
            var q = new PlanePoint(_x[i], _y[i]);
            var d1 = Cross(a, b, p);
            var d2 = Cross(a, b, q);
            if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0))
            {
                continue;
            }

            var d3 = Cross(p, q, a);
            var d4 = Cross(p, q, b);
            if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
            {
                return false;
            }

            // A corner lying on the segment splits it into pieces that may be inside or outside.
            if (d2 == 0)
            {
                var along = Project(a, b, q);
                if (along is > 0 and < 1)
                {
                    touches.Add(along);
                }
            }
        }

        return true;
    }

    private static double? SegmentParameter(PlanePoint a, PlanePoint b, PlanePoint p, PlanePoint q)
    {
        var rX = b.X - a.X;
        var rY = b.Y - a.Y;
        var sX = q.X - p.X;
        var sY = q.Y - p.Y;
        var denominator = (rX * sY) - (rY * sX);
        if (denominator == 0)
        {
            return null;
        }

        var t = (((p.X - a.X) * sY) - ((p.Y - a.Y) * sX)) / denominator;
        var u = (((p.X - a.X) * rY) - ((p.Y - a.Y) * rX)) / denominator;
        return t is > 0 and < 1 && u is >= 0 and <= 1 ? t : null;
    }

    private static double Project(PlanePoint a, PlanePoint b, PlanePoint p)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        return lengthSquared == 0 ? 0 : (((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / lengthSquared;
    }

    private bool SegmentTouchesEnvelope(PlanePoint a, PlanePoint b)
    {
        if (Math.Max(a.X, b.X) < MinX || Math.Min(a.X, b.X) > MaxX || Math.Max(a.Y, b.Y) < MinY || Math.Min(a.Y, b.Y) > MaxY)
        {
            return false;
        }

        // Separating-axis test against the segment's own line: all four envelope corners on one side means no contact.
        var c1 = Cross(a, b, new PlanePoint(MinX, MinY));
        var c2 = Cross(a, b, new PlanePoint(MaxX, MinY));
        var c3 = Cross(a, b, new PlanePoint(MaxX, MaxY));
        var c4 = Cross(a, b, new PlanePoint(MinX, MaxY));
        return !((c1 > 0 && c2 > 0 && c3 > 0 && c4 > 0) || (c1 < 0 && c2 < 0 && c3 < 0 && c4 < 0));
    }

    private static bool OnSegment(double x1, double y1, double x2, double y2, double px, double py)
    {
        var cross = ((x2 - x1) * (py - y1)) - ((y2 - y1) * (px - x1));
        var length = Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        if (Math.Abs(cross) > BoundaryTolerance * Math.Max(1, length))
        {
            return false;
        }

        return px >= Math.Min(x1, x2) - BoundaryTolerance && px <= Math.Max(x1, x2) + BoundaryTolerance
            && py >= Math.Min(y1, y2) - BoundaryTolerance && py <= Math.Max(y1, y2) + BoundaryTolerance;
    }

    private static List<PlanePoint> Clean(IReadOnlyList<PlanePoint> points)
    {
        var list = new List<PlanePoint>(points.Count);
        foreach (var p in points)
        {
            if (list.Count == 0 || list[^1] != p)
            {
                list.Add(p);
            }
        }

        if (list.Count > 1 && list[0] == list[^1])
        {
            list.RemoveAt(list.Count - 1);
        }

        // Collinear corners are never bends and would only add graph nodes.
        var changed = true;
        while (changed && list.Count > 3)
        {
            changed = false;
            for (var i = 0; i < list.Count && list.Count > 3; i++)
            {
                var prev = list[(i + list.Count - 1) % list.Count];
                var next = list[(i + 1) % list.Count];
                if (Cross(prev, list[i], next) == 0)
                {
                    list.RemoveAt(i);
                    changed = true;
                    i--;
                }
            }
        }

        return list;
    }

    private static double SignedArea(List<PlanePoint> points)
    {
        var area = 0.0;
        for (int i = 0, j = points.Count - 1; i < points.Count; j = i++)
        {
            area += (points[j].X * points[i].Y) - (points[i].X * points[j].Y);
        }

        return area / 2;
    }
}

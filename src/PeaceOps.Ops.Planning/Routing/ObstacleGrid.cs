namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A uniform grid over obstacle envelopes, for segment tests that stop at the first blocker. Walking the cells
/// from the segment's start tests the zones nearest that end first, and a blocked line of sight (most of them)
/// is usually decided after a few zones; an envelope-tree query visits every zone whose box meets the segment's
/// box (dozens for a long leg) before any answer is known. Candidates are a superset of the zones the segment can
/// touch (envelopes, padded), so the exact ring tests decide and the answer is the same as testing every zone.
/// </summary>
internal sealed class ObstacleGrid
{
    private const int MaxCellsPerAxis = 256;

    // Padding in metres: a piece's computed envelope may miss the exact segment by a rounding error.
    private const double Pad = 1e-3;
    private readonly double _originX;
    private readonly double _originY;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _cellStart;
    private readonly int[] _items;

    /// <param name="envelopes">Per slot: the (MinX, MinY, MaxX, MaxY) box of the ring the slot blocks with, or null for an empty slot.</param>
    public ObstacleGrid(IReadOnlyList<(double MinX, double MinY, double MaxX, double MaxY)?> envelopes)
    {
        SlotCount = envelopes.Count;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue, size = 0;
        var present = 0;
        foreach (var e in envelopes)
        {
            if (e is not { } box)
            {
                continue;
            }

            present++;
            minX = Math.Min(minX, box.MinX);
            minY = Math.Min(minY, box.MinY);
            maxX = Math.Max(maxX, box.MaxX);
            maxY = Math.Max(maxY, box.MaxY);
            size += ((box.MaxX - box.MinX) + (box.MaxY - box.MinY)) / 2;
        }

        if (present == 0)
        {
            (minX, minY, maxX, maxY) = (0, 0, 1, 1);
        }

        // About one zone across per cell: a zone sits in a handful of cells and a cell holds a handful of zones.
        var extent = Math.Max(maxX - minX, maxY - minY);
        CellSize = Math.Max(Math.Max(present == 0 ? 1 : size / present, extent / MaxCellsPerAxis), 1);
        _originX = minX;
        _originY = minY;
        _columns = Math.Min(MaxCellsPerAxis, (int)((maxX - minX) / CellSize) + 1);
        _rows = Math.Min(MaxCellsPerAxis, (int)((maxY - minY) / CellSize) + 1);

        var cells = new List<int>[_columns * _rows];
        for (var slot = 0; slot < envelopes.Count; slot++)
        {
            if (envelopes[slot] is not { } box)
            {
                continue;
            }

            var (c0, r0, c1, r1) = Range(box.MinX - Pad, box.MinY - Pad, box.MaxX + Pad, box.MaxY + Pad);
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    (cells[(r * _columns) + c] ??= []).Add(slot);
                }
            }
        }

        _cellStart = new int[cells.Length + 1];
        for (var i = 0; i < cells.Length; i++)
        {
            _cellStart[i + 1] = _cellStart[i] + (cells[i]?.Count ?? 0);
        }

        _items = new int[_cellStart[^1]];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i]?.CopyTo(_items, _cellStart[i]);
        }
    }

    public int SlotCount { get; }

    public double CellSize { get; }

    /// <summary>The slots whose padded envelope may hold the point, ascending.</summary>
    public ReadOnlySpan<int> At(PlanePoint point)
    {
        var (c, r, _, _) = Range(point.X, point.Y, point.X, point.Y);
        var cell = (r * _columns) + c;
        return _items.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]);
    }

    /// <summary>
    /// Visits each slot whose envelope may meet the segment once, roughly in order of distance from
    /// <paramref name="a"/>, until the test returns true; returns whether it did.
    /// </summary>
    public bool Any<TTest>(PlanePoint a, PlanePoint b, ref TTest test)
        where TTest : struct, ISlotTest
    {
        var words = (SlotCount + 63) >> 6;
        var seen = words <= 64 ? stackalloc ulong[words] : new ulong[words];
        seen.Clear();
        var pieces = Math.Max(1, (int)Math.Ceiling(a.DistanceTo(b) / CellSize));
        double px = a.X, py = a.Y;
        for (var k = 1; k <= pieces; k++)
        {
            var t = (double)k / pieces;
            var qx = k == pieces ? b.X : a.X + ((b.X - a.X) * t);
            var qy = k == pieces ? b.Y : a.Y + ((b.Y - a.Y) * t);
            var (c0, r0, c1, r1) = Range(Math.Min(px, qx) - Pad, Math.Min(py, qy) - Pad, Math.Max(px, qx) + Pad, Math.Max(py, qy) + Pad);
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    var cell = (r * _columns) + c;
                    for (var i = _cellStart[cell]; i < _cellStart[cell + 1]; i++)
                    {
                        var slot = _items[i];
                        ref var word = ref seen[slot >> 6];
                        var bit = 1UL << (slot & 63);
                        if ((word & bit) != 0)
                        {
                            continue;
                        }

                        word |= bit;
                        if (test.Holds(slot))
                        {
                            return true;
                        }
                    }
                }
            }

            px = qx;
            py = qy;
        }

        return false;
    }

    private (int C0, int R0, int C1, int R1) Range(double minX, double minY, double maxX, double maxY) =>
        (Column(minX), Row(minY), Column(maxX), Row(maxY));

    // Clamped and monotone, so a point inside two boxes falls in a cell both ranges hold, even off the grid.
    private int Column(double x) => (int)Math.Clamp(Math.Floor((x - _originX) / CellSize), 0, _columns - 1);

    private int Row(double y) => (int)Math.Clamp(Math.Floor((y - _originY) / CellSize), 0, _rows - 1);

    /// <summary>A test run on each candidate slot; a struct so the walk is specialised and allocates nothing.</summary>
    internal interface ISlotTest
    {
        bool Holds(int slot);
    }
}

using System.Buffers;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// The incident-independent part of every visibility graph of one airspace version, computed once: the convex
/// corners of all buffered zones, which zones bury each corner, and every corner pair that is tangent at both
/// ends with the zones whose buffered outline blocks the line between them. The graph for any set of avoided
/// zones is then a filter over these lists (a corner survives when its zone is avoided and no avoided zone buries
/// it; a pair is an edge when no avoided zone blocks it) instead of a fresh O(corners²) geometric build: the
/// avoided set changes with every pickup or airborne position that lies inside a zone, so fresh builds dominated
/// the tasking engine's time.
/// </summary>
internal sealed class VisibilityMaster
{
    private readonly Obstacle[] _obstacles;
    private readonly int[] _slotOfZone;
    private readonly GraphNode[] _nodes;
    private readonly int[] _buriedStart;
    private readonly int[] _buriedBy;
    private readonly int[] _pairA;
    private readonly int[] _pairB;
    private readonly double[] _pairLength;
    private readonly int[] _blockerStart;
    private readonly int[] _blockers;
    private readonly ObstacleGrid _grid;

    /// <param name="obstacles">Every obstacle of the airspace, ordered by zone index as the planner orders subsets.</param>
    public VisibilityMaster(IReadOnlyList<Obstacle> obstacles)
    {
        _obstacles = [.. obstacles];
        var zoneCount = _obstacles.Length == 0 ? 0 : _obstacles.Max(o => o.ZoneIndex) + 1;
        _slotOfZone = new int[zoneCount];
        Array.Fill(_slotOfZone, -1);
        var index = new STRtree<int>();
        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            _slotOfZone[_obstacles[slot].ZoneIndex] = slot;
            var ring = _obstacles[slot].Buffered;
            index.Insert(new Envelope(ring.MinX, ring.MaxX, ring.MinY, ring.MaxY), slot);
        }

        index.Build();
        _grid = new ObstacleGrid([.. _obstacles.Select(o => ((double, double, double, double)?)(o.Buffered.MinX, o.Buffered.MinY, o.Buffered.MaxX, o.Buffered.MaxY))]);
        var collector = new SlotCollector();

        var nodes = new List<GraphNode>();
        var buriedStart = new List<int> { 0 };
        var buriedBy = new List<int>();
        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            var ring = _obstacles[slot].Buffered;
            for (var corner = 0; corner < ring.Count; corner++)
            {
                if (!ring.IsConvexCorner(corner))
                {
                    continue;
                }

                var point = ring[corner];
                collector.Slots.Clear();
                index.Query(new Envelope(point.X, point.X, point.Y, point.Y), collector);
                foreach (var other in collector.Slots)
                {
                    if (other != slot && _obstacles[other].Buffered.StrictlyContains(point))
                    {
                        buriedBy.Add(other);
                    }
                }

                nodes.Add(new GraphNode(slot, corner, point));
                buriedStart.Add(buriedBy.Count);
            }
        }

        _nodes = [.. nodes];
        _buriedStart = [.. buriedStart];
        _buriedBy = [.. buriedBy];

        var pairA = new List<int>();
        var pairB = new List<int>();
        var pairLength = new List<double>();
        var blockerStart = new List<int> { 0 };
        var blockers = new List<int>();
        for (var i = 0; i < _nodes.Length; i++)
        {
            var a = _nodes[i];
            var ringA = _obstacles[a.ObstacleSlot].Buffered;
            for (var j = i + 1; j < _nodes.Length; j++)
            {
                var b = _nodes[j];
                if (!ringA.IsTangentAt(a.Corner, b.Point) || !_obstacles[b.ObstacleSlot].Buffered.IsTangentAt(b.Corner, a.Point))
                {
                    continue;
                }

                if (a.Point != b.Point)
                {
                    collector.Slots.Clear();
                    index.Query(new Envelope(Math.Min(a.Point.X, b.Point.X), Math.Max(a.Point.X, b.Point.X), Math.Min(a.Point.Y, b.Point.Y), Math.Max(a.Point.Y, b.Point.Y)), collector);
                    foreach (var slot in collector.Slots)
                    {
                        if (_obstacles[slot].Buffered.IntersectsInterior(a.Point, b.Point))
                        {
                            blockers.Add(slot);
                        }
                    }
                }

                pairA.Add(i);
                pairB.Add(j);
                pairLength.Add(a.Point.DistanceTo(b.Point));
                blockerStart.Add(blockers.Count);
            }
        }

        _pairA = [.. pairA];
        _pairB = [.. pairB];
        _pairLength = [.. pairLength];
        _blockerStart = [.. blockerStart];
        _blockers = [.. blockers];
    }

    public int PairCount => _pairA.Length;

    /// <summary>
    /// Nodes and edges of the visibility graph over <paramref name="subset"/>, identical (order included) to
    /// what <see cref="VisibilityGraph"/> builds geometrically from the same obstacles.
    /// </summary>
    public (GraphNode[] Nodes, int[] EdgeStart, int[] EdgeTarget, double[] EdgeLength, int[] GraphIndex, int[] SubsetSlot) Filter(IReadOnlyList<Obstacle> subset)
    {
        var subsetSlot = new int[_obstacles.Length];
        Array.Fill(subsetSlot, -1);
        for (var s = 0; s < subset.Count; s++)
        {
            var zone = subset[s].ZoneIndex;
            var slot = zone < _slotOfZone.Length ? _slotOfZone[zone] : -1;
            if (slot < 0 || !ReferenceEquals(_obstacles[slot], subset[s]))
            {
                throw new ArgumentException("The subset holds an obstacle this airspace does not.", nameof(subset));
            }

            subsetSlot[slot] = s;
        }

        var newIndex = new int[_nodes.Length];
        var nodes = new List<GraphNode>(_nodes.Length);
        for (var k = 0; k < _nodes.Length; k++)
        {
            newIndex[k] = -1;
            var node = _nodes[k];
            var s = subsetSlot[node.ObstacleSlot];
            if (s < 0)
            {
                continue;
            }

            var buried = false;
            for (var b = _buriedStart[k]; b < _buriedStart[k + 1]; b++)
            {
                if (subsetSlot[_buriedBy[b]] >= 0)
                {
                    buried = true;
                    break;
                }
            }

            if (!buried)
            {
                newIndex[k] = nodes.Count;
                nodes.Add(node with { ObstacleSlot = s });
            }
        }

        // Pairs are listed by (i, j) ascending, so appending in that order gives each node its neighbours in
        // ascending order, as the geometric build does.
        var degree = new int[nodes.Count + 1];
        // Pooled: a fresh array over every pair for each new avoided set was a large share of an incident's allocation.
        var usable = ArrayPool<bool>.Shared.Rent(_pairA.Length);
        Array.Clear(usable, 0, _pairA.Length);
        for (var p = 0; p < _pairA.Length; p++)
        {
            var a = newIndex[_pairA[p]];
            var b = newIndex[_pairB[p]];
            if (a < 0 || b < 0 || IsBlocked(p, subsetSlot))
            {
                continue;
            }

            usable[p] = true;
            degree[a + 1]++;
            degree[b + 1]++;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            degree[i + 1] += degree[i];
        }

        var start = degree;
        var fill = new int[nodes.Count];
        Array.Copy(start, fill, nodes.Count);
        var target = new int[start[^1]];
        var lengths = new double[start[^1]];
        for (var p = 0; p < _pairA.Length; p++)
        {
            if (!usable[p])
            {
                continue;
            }

            var a = newIndex[_pairA[p]];
            var b = newIndex[_pairB[p]];
            target[fill[a]] = b;
            lengths[fill[a]++] = _pairLength[p];
            target[fill[b]] = a;
            lengths[fill[b]++] = _pairLength[p];
        }

        ArrayPool<bool>.Shared.Return(usable);
        return ([.. nodes], start, target, lengths, newIndex, subsetSlot);
    }

    /// <summary>
    /// The corners a path from <paramref name="point"/> may leave along (tangent ones, and every corner of a zone whose
    /// margin holds the point) with every zone blocking the line to each, judged as <see cref="VisibilityGraph"/> links a point.
    /// </summary>
    public SiteLinks SiteLinksFrom(PlanePoint point)
    {
        var escapes = new List<int>();
        foreach (var slot in _grid.At(point))
        {
            if (_obstacles[slot].Buffered.StrictlyContains(point))
            {
                escapes.Add(slot);
            }
        }

        var nodes = new List<int>();
        var lengths = new List<double>();
        var blockerStart = new List<int> { 0 };
        var blockers = new List<int>();
        for (var k = 0; k < _nodes.Length; k++)
        {
            var node = _nodes[k];
            if (node.Point != point)
            {
                var escaping = escapes.Contains(node.ObstacleSlot);
                if (!escaping && !_obstacles[node.ObstacleSlot].Buffered.IsTangentAt(node.Corner, point))
                {
                    continue;
                }

                var collect = new BlockerCollector(_obstacles, escapes, point, node.Point, blockers);
                _grid.Any(point, node.Point, ref collect);
            }

            nodes.Add(k);
            lengths.Add(node.Point == point ? 0 : point.DistanceTo(node.Point));
            blockerStart.Add(blockers.Count);
        }

        return new SiteLinks([.. nodes], [.. lengths], [.. blockerStart], [.. blockers]);
    }

    private bool IsBlocked(int pair, int[] subsetSlot)
    {
        for (var b = _blockerStart[pair]; b < _blockerStart[pair + 1]; b++)
        {
            if (subsetSlot[_blockers[b]] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct BlockerCollector(Obstacle[] obstacles, List<int> escapes, PlanePoint from, PlanePoint to, List<int> blockers) : ObstacleGrid.ISlotTest
    {
        // Never stops the walk: every blocking zone is wanted, not just the first.
        public bool Holds(int slot)
        {
            var obstacle = obstacles[slot];
            if ((escapes.Contains(slot) ? obstacle.Raw : obstacle.Buffered).IntersectsInterior(from, to))
            {
                blockers.Add(slot);
            }

            return false;
        }
    }

    private sealed class SlotCollector : IItemVisitor<int>
    {
        public List<int> Slots { get; } = [];

        public void VisitItem(int item) => Slots.Add(item);
    }
}

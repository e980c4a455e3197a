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

    // Inverted lists (per airspace version) so a graph for a nearby avoided set is derived from a cached one:
    // the pairs each slot blocks, the pairs of each node, the nodes each slot buries, and each slot's first node.
    private readonly int[] _blockedStart;
    private readonly int[] _blockedPairs;
    private readonly int[] _nodePairStart;
    private readonly int[] _nodePairs;
    private readonly int[] _burialStart;
    private readonly int[] _burials;
    private readonly int[] _slotNodeStart;
    private readonly long[] _ownPairCost;
    private readonly long[] _buriedPairCost;

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

        (_blockedStart, _blockedPairs) = Invert(_obstacles.Length, _blockerStart, _blockers);
        (_burialStart, _burials) = Invert(_obstacles.Length, _buriedStart, _buriedBy);
        var ends = new int[_pairA.Length * 2];
        for (var p = 0; p < _pairA.Length; p++)
        {
            ends[2 * p] = _pairA[p];
            ends[(2 * p) + 1] = _pairB[p];
        }

        var endStart = new int[_pairA.Length + 1];
        for (var p = 0; p <= _pairA.Length; p++)
        {
            endStart[p] = 2 * p;
        }

        (_nodePairStart, _nodePairs) = Invert(_nodes.Length, endStart, ends);
        _slotNodeStart = new int[_obstacles.Length + 1];
        foreach (var node in _nodes)
        {
            _slotNodeStart[node.ObstacleSlot + 1]++;
        }

        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            _slotNodeStart[slot + 1] += _slotNodeStart[slot];
        }

        _ownPairCost = new long[_obstacles.Length];
        _buriedPairCost = new long[_obstacles.Length];
        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            for (var k = _slotNodeStart[slot]; k < _slotNodeStart[slot + 1]; k++)
            {
                _ownPairCost[slot] += _nodePairStart[k + 1] - _nodePairStart[k];
            }

            for (var b = _burialStart[slot]; b < _burialStart[slot + 1]; b++)
            {
                var k = _burials[b];
                _buriedPairCost[slot] += _nodePairStart[k + 1] - _nodePairStart[k];
            }
        }
    }

    public int PairCount => _pairA.Length;

    /// <summary>
    /// Nodes and edges of the visibility graph over <paramref name="subset"/>, identical (order included) to
    /// what <see cref="VisibilityGraph"/> builds geometrically from the same obstacles.
    /// </summary>
    public FilteredGraph Filter(IReadOnlyList<Obstacle> subset) => Filter(subset, []);

    /// <summary>
    /// As <see cref="Filter(IReadOnlyList{Obstacle})"/>, derived from the cheapest of <paramref name="bases"/> when that
    /// touches fewer pairs than a full scan: a pickup inside a zone usually removes one zone from the usual set.
    /// </summary>
    public FilteredGraph Filter(IReadOnlyList<Obstacle> subset, IEnumerable<FilterBasis> bases)
    {
        var subsetSlot = SubsetSlots(subset);
        FilterBasis? best = null;
        var bestCost = (long)_pairA.Length;
        foreach (var basis in bases)
        {
            if (!ReferenceEquals(basis.Master, this))
            {
                continue;
            }

            var cost = DeriveCost(basis, subsetSlot);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = basis;
            }
        }

        return best is null ? Scan(subsetSlot) : Derive(subsetSlot, best);
    }

    /// <summary>The same graph as <see cref="Filter(IReadOnlyList{Obstacle})"/>, derived from <paramref name="basis"/> whatever the cost.</summary>
    public FilteredGraph Derive(IReadOnlyList<Obstacle> subset, FilterBasis basis)
    {
        if (!ReferenceEquals(basis.Master, this))
        {
            throw new ArgumentException("The basis was filtered from another airspace.", nameof(basis));
        }

        return Derive(SubsetSlots(subset), basis);
    }

    private int[] SubsetSlots(IReadOnlyList<Obstacle> subset)
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

        return subsetSlot;
    }

    private long DeriveCost(FilterBasis basis, int[] subsetSlot)
    {
        long cost = basis.UsablePairs.Length;
        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            var inBasis = basis.Avoided[slot];
            var inSubset = subsetSlot[slot] >= 0;
            if (inBasis && !inSubset)
            {
                cost += _blockedStart[slot + 1] - _blockedStart[slot] + _buriedPairCost[slot];
            }
            else if (!inBasis && inSubset)
            {
                cost += _ownPairCost[slot];
            }
        }

        return cost;
    }

    private FilteredGraph Scan(int[] subsetSlot)
    {
        var (nodes, newIndex) = Nodes(subsetSlot);
        var usable = new List<int>();
        for (var p = 0; p < _pairA.Length; p++)
        {
            if (IsUsable(p, newIndex, subsetSlot))
            {
                usable.Add(p);
            }
        }

        return Build(nodes, newIndex, subsetSlot, [.. usable]);
    }

    // Every pair usable for the new set is usable for the basis, or blocked there only by a zone the new set drops,
    // or has an end the basis lacked (its zone is new, or a dropped zone buried it). Marking those candidates in a
    // bitset and testing each exactly keeps the ascending pair order the full scan produces.
    private FilteredGraph Derive(int[] subsetSlot, FilterBasis basis)
    {
        var (nodes, newIndex) = Nodes(subsetSlot);
        var marks = new ulong[(_pairA.Length + 63) / 64];
        foreach (var p in basis.UsablePairs)
        {
            marks[p >> 6] |= 1UL << (p & 63);
        }

        for (var slot = 0; slot < _obstacles.Length; slot++)
        {
            var inBasis = basis.Avoided[slot];
            var inSubset = subsetSlot[slot] >= 0;
            if (inBasis && !inSubset)
            {
                for (var b = _blockedStart[slot]; b < _blockedStart[slot + 1]; b++)
                {
                    var p = _blockedPairs[b];
                    marks[p >> 6] |= 1UL << (p & 63);
                }

                for (var b = _burialStart[slot]; b < _burialStart[slot + 1]; b++)
                {
                    MarkPairsOf(_burials[b], marks);
                }
            }
            else if (!inBasis && inSubset)
            {
                for (var k = _slotNodeStart[slot]; k < _slotNodeStart[slot + 1]; k++)
                {
                    MarkPairsOf(k, marks);
                }
            }
        }

        var usable = new List<int>(basis.UsablePairs.Length);
        for (var w = 0; w < marks.Length; w++)
        {
            var word = marks[w];
            while (word != 0)
            {
                var p = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (IsUsable(p, newIndex, subsetSlot))
                {
                    usable.Add(p);
                }
            }
        }

        return Build(nodes, newIndex, subsetSlot, [.. usable]);
    }

    private void MarkPairsOf(int node, ulong[] marks)
    {
        for (var e = _nodePairStart[node]; e < _nodePairStart[node + 1]; e++)
        {
            var p = _nodePairs[e];
            marks[p >> 6] |= 1UL << (p & 63);
        }
    }

    private (List<GraphNode> Nodes, int[] NewIndex) Nodes(int[] subsetSlot)
    {
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

        return (nodes, newIndex);
    }

    private bool IsUsable(int pair, int[] newIndex, int[] subsetSlot) =>
        newIndex[_pairA[pair]] >= 0 && newIndex[_pairB[pair]] >= 0 && !IsBlocked(pair, subsetSlot);

    // Pairs are listed by (i, j) ascending, so appending in that order gives each node its neighbours in
    // ascending order, as the geometric build does.
    private FilteredGraph Build(List<GraphNode> nodes, int[] newIndex, int[] subsetSlot, int[] usable)
    {
        var degree = new int[nodes.Count + 1];
        foreach (var p in usable)
        {
            degree[newIndex[_pairA[p]] + 1]++;
            degree[newIndex[_pairB[p]] + 1]++;
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
        foreach (var p in usable)
        {
            var a = newIndex[_pairA[p]];
            var b = newIndex[_pairB[p]];
            target[fill[a]] = b;
            lengths[fill[a]++] = _pairLength[p];
            target[fill[b]] = a;
            lengths[fill[b]++] = _pairLength[p];
        }

        var avoided = new bool[_obstacles.Length];
        for (var slot = 0; slot < avoided.Length; slot++)
        {
            avoided[slot] = subsetSlot[slot] >= 0;
        }

        return new FilteredGraph([.. nodes], start, target, lengths, newIndex, subsetSlot, new FilterBasis(this, avoided, usable));
    }

    private static (int[] Start, int[] Items) Invert(int keyCount, int[] start, int[] values)
    {
        var counts = new int[keyCount + 1];
        foreach (var v in values)
        {
            counts[v + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            counts[k + 1] += counts[k];
        }

        var fill = new int[keyCount];
        Array.Copy(counts, fill, keyCount);
        var items = new int[values.Length];

        // Walking owners in order keeps each inverted list ascending.
        for (var owner = 0; owner + 1 < start.Length; owner++)
        {
            for (var i = start[owner]; i < start[owner + 1]; i++)
            {
                items[fill[values[i]]++] = owner;
            }
        }

        return (counts, items);
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

    public int NodeCount => _nodes.Length;

    /// <summary>A master corner, with its master obstacle slot.</summary>
    public GraphNode NodeAt(int node) => _nodes[node];

    /// <summary>The master slot of a zone, or −1 when the zone is no obstacle (above cruise altitude).</summary>
    public int SlotOfZone(int zoneIndex) => zoneIndex < _slotOfZone.Length ? _slotOfZone[zoneIndex] : -1;

    /// <summary>Whether the corner is a node of the graph that avoids <paramref name="avoided"/> (per master slot).</summary>
    public bool IsNode(int node, bool[] avoided)
    {
        if (!avoided[_nodes[node].ObstacleSlot])
        {
            return false;
        }

        for (var b = _buriedStart[node]; b < _buriedStart[node + 1]; b++)
        {
            if (avoided[_buriedBy[b]])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The edges of the graph avoiding <paramref name="avoided"/> that a graph avoiding also <paramref name="dropped"/>
    /// lacks: pairs a dropped slot blocked, and pairs of corners a dropped slot buried (the same candidates as
    /// <see cref="Derive(int[], FilterBasis)"/>), as adjacency per master node, each list in ascending pair order.
    /// </summary>
    /// <param name="isNode">Per master node: <see cref="IsNode"/> for <paramref name="avoided"/>.</param>
    public (int[] Start, int[] Target, double[] Length) EdgesFreedBy(IReadOnlyList<int> dropped, bool[] avoided, bool[] isNode)
    {
        var words = (_pairA.Length + 63) >> 6;
        var marks = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(marks, 0, words);
        try
        {
            foreach (var slot in dropped)
            {
                for (var b = _blockedStart[slot]; b < _blockedStart[slot + 1]; b++)
                {
                    var p = _blockedPairs[b];
                    marks[p >> 6] |= 1UL << (p & 63);
                }

                for (var b = _burialStart[slot]; b < _burialStart[slot + 1]; b++)
                {
                    MarkPairsOf(_burials[b], marks);
                }
            }

            var usable = new List<int>();
            for (var w = 0; w < words; w++)
            {
                var word = marks[w];
                while (word != 0)
                {
                    var p = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                    if (isNode[_pairA[p]] && isNode[_pairB[p]] && !IsBlocked(p, avoided))
                    {
                        usable.Add(p);
                    }
                }
            }

            var start = new int[_nodes.Length + 1];
            foreach (var p in usable)
            {
                start[_pairA[p] + 1]++;
                start[_pairB[p] + 1]++;
            }

            for (var k = 0; k < _nodes.Length; k++)
            {
                start[k + 1] += start[k];
            }

            var fill = new int[_nodes.Length];
            Array.Copy(start, fill, _nodes.Length);
            var target = new int[start[^1]];
            var length = new double[start[^1]];
            foreach (var p in usable)
            {
                var (a, b) = (_pairA[p], _pairB[p]);
                target[fill[a]] = b;
                length[fill[a]++] = _pairLength[p];
                target[fill[b]] = a;
                length[fill[b]++] = _pairLength[p];
            }

            return (start, target, length);
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(marks);
        }
    }

    /// <summary>Avoided obstacles whose buffered boundary holds the point (master slots), as <see cref="VisibilityGraph.Escapes"/> finds them.</summary>
    public int[] EscapesWithin(PlanePoint point, bool[] avoided)
    {
        List<int>? escapes = null;
        foreach (var slot in _grid.At(point))
        {
            if (avoided[slot] && _obstacles[slot].Buffered.StrictlyContains(point))
            {
                (escapes ??= []).Add(slot);
            }
        }

        return escapes is null ? [] : [.. escapes];
    }

    /// <summary>Whether the segment clears every avoided obstacle, judged as <see cref="VisibilityGraph.IsFree"/> judges it.</summary>
    public bool IsFreeWithin(PlanePoint a, PlanePoint b, int[] escapesA, int[] escapesB, bool[] avoided)
    {
        var check = new AvoidedCheck(_obstacles, avoided, a, b, escapesA, escapesB);
        return !_grid.Any(a, b, ref check);
    }

    /// <summary>
    /// The links of a free point into the graph avoiding <paramref name="avoided"/>, in master node ids and order,
    /// found exactly as <see cref="VisibilityGraph"/> links a point geometrically (same tests, same order).
    /// </summary>
    public NodeLink[] LinksWithin(PlanePoint point, int[] escapes, bool[] avoided, bool[] isNode)
    {
        var links = new List<NodeLink>();
        for (var k = 0; k < _nodes.Length; k++)
        {
            if (!isNode[k])
            {
                continue;
            }

            if (IsLinkedWithin(point, escapes, avoided, k))
            {
                links.Add(new NodeLink(k, _nodes[k].Point == point ? 0 : point.DistanceTo(_nodes[k].Point)));
            }
        }

        return [.. links];
    }

    /// <summary>Whether <see cref="LinksWithin"/> links the point to this node (which must be a node of the avoided set's graph).</summary>
    public bool IsLinkedWithin(PlanePoint point, int[] escapes, bool[] avoided, int node)
    {
        var corner = _nodes[node];
        if (corner.Point == point)
        {
            return true;
        }

        var own = _obstacles[corner.ObstacleSlot];
        var escaping = Array.IndexOf(escapes, corner.ObstacleSlot) >= 0;
        if (!escaping && !own.Buffered.IsTangentAt(corner.Corner, point))
        {
            return false;
        }

        return !(escaping ? own.Raw : own.Buffered).IntersectsInterior(point, corner.Point) && IsFreeWithin(point, corner.Point, escapes, [], avoided);
    }

    private bool IsBlocked(int pair, bool[] avoided)
    {
        for (var b = _blockerStart[pair]; b < _blockerStart[pair + 1]; b++)
        {
            if (avoided[_blockers[b]])
            {
                return true;
            }
        }

        return false;
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

    private readonly struct AvoidedCheck(Obstacle[] obstacles, bool[] avoided, PlanePoint a, PlanePoint b, int[] escapesA, int[] escapesB) : ObstacleGrid.ISlotTest
    {
        public bool Holds(int slot)
        {
            if (!avoided[slot])
            {
                return false;
            }

            var obstacle = obstacles[slot];
            var ring = Array.IndexOf(escapesA, slot) >= 0 || Array.IndexOf(escapesB, slot) >= 0 ? obstacle.Raw : obstacle.Buffered;
            return ring.IntersectsInterior(a, b);
        }
    }

    private sealed class SlotCollector : IItemVisitor<int>
    {
        public List<int> Slots { get; } = [];

        public void VisitItem(int item) => Slots.Add(item);
    }
}

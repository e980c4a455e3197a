namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// The reduced visibility graph over one set of obstacles: nodes are the convex corners that lie in free space,
/// edges join corners that see each other along a line tangent to the obstacle at both ends. Shortest paths
/// among polygons bend only at such corners along such lines, so Dijkstra over this graph gives the true
/// optimum while keeping the graph a fraction of the full one. Built once per airspace version and zone set.
/// </summary>
internal sealed class VisibilityGraph
{
    private const int MaxCachedLinks = 4096;
    private readonly Obstacle[] _obstacles;
    private readonly ObstacleGrid _grid;
    private readonly GraphNode[] _nodes;
    private readonly int[] _edgeStart;
    private readonly int[] _edgeTarget;
    private readonly double[] _edgeLength;
    private readonly RecentCache<PlanePoint, NodeLink[]> _links = new(MaxCachedLinks);
    private readonly int[]? _graphIndex;
    private readonly int[]? _subsetSlot;
    private readonly Func<PlanePoint, SiteLinks?>? _siteLinks;
    private int[]? _masterOfNode;

    public VisibilityGraph(IReadOnlyList<Obstacle> obstacles)
        : this(obstacles, master: null)
    {
    }

    /// <param name="master">When given, nodes and edges are filtered from the airspace's precomputed lists instead of built geometrically.</param>
    public VisibilityGraph(IReadOnlyList<Obstacle> obstacles, VisibilityMaster? master)
        : this(obstacles, master, siteLinks: null)
    {
    }

    /// <param name="siteLinks">With a master: the master-level links of a fixed site, or null for a point linked geometrically.</param>
    public VisibilityGraph(IReadOnlyList<Obstacle> obstacles, VisibilityMaster? master, Func<PlanePoint, SiteLinks?>? siteLinks)
        : this(obstacles, master, siteLinks, bases: [])
    {
    }

    /// <param name="bases">With a master: graphs of nearby avoided sets this one may be derived from instead of scanning every pair.</param>
    public VisibilityGraph(IReadOnlyList<Obstacle> obstacles, VisibilityMaster? master, Func<PlanePoint, SiteLinks?>? siteLinks, IEnumerable<FilterBasis> bases)
    {
        _obstacles = [.. obstacles];
        _grid = new ObstacleGrid([.. _obstacles.Select(o => ((double, double, double, double)?)(o.Buffered.MinX, o.Buffered.MinY, o.Buffered.MaxX, o.Buffered.MaxY))]);
        if (master is null)
        {
            _nodes = FindNodes();
            (_edgeStart, _edgeTarget, _edgeLength) = FindEdges();
        }
        else
        {
            var filtered = master.Filter(_obstacles, bases);
            (_nodes, _edgeStart, _edgeTarget, _edgeLength, _graphIndex, _subsetSlot) = (filtered.Nodes, filtered.EdgeStart, filtered.EdgeTarget, filtered.EdgeLength, filtered.GraphIndex, filtered.SubsetSlot);
            Basis = filtered.Basis;
            _siteLinks = siteLinks;
        }
    }

    public int NodeCount => _nodes.Length;

    /// <summary>Set when filtered from a master: what a nearby avoided set's graph can be derived from.</summary>
    public FilterBasis? Basis { get; }

    public int EdgeCount => _edgeTarget.Length / 2;

    /// <summary>With a master: per master corner, its node here, or −1.</summary>
    public int[]? NodeOfMaster => _graphIndex;

    /// <summary>With a master: per node here, its master corner.</summary>
    public int[] MasterOfNode => _masterOfNode ??= MasterIds(_graphIndex, _nodes.Length);

    /// <summary>Compressed adjacency: node i's edges are EdgeStart[i] .. EdgeStart[i + 1] − 1.</summary>
    public int[] EdgeStart => _edgeStart;

    public int[] EdgeTarget => _edgeTarget;

    public double[] EdgeLength => _edgeLength;

    public IReadOnlyList<Obstacle> Obstacles => _obstacles;

    /// <summary>Obstacles whose buffered boundary holds the point: from there the path may cross the margin, never the zone itself.</summary>
    public int[] Escapes(PlanePoint point)
    {
        List<int>? escapes = null;
        foreach (var slot in _grid.At(point))
        {
            if (_obstacles[slot].Buffered.StrictlyContains(point))
            {
                (escapes ??= []).Add(slot);
            }
        }

        return escapes is null ? [] : [.. escapes];
    }

    public bool IsFree(PlanePoint a, PlanePoint b, int[] escapesA, int[] escapesB)
    {
        var check = new SegmentCheck(_obstacles, a, b, escapesA, escapesB);
        return !_grid.Any(a, b, ref check);
    }

    public DistanceField Solve(PlanePoint source)
    {
        var escapes = Escapes(source);
        var distance = new double[_nodes.Length];
        var previous = new int[_nodes.Length];
        Array.Fill(distance, double.PositiveInfinity);
        var queue = new PriorityQueue<int, double>(_nodes.Length);
        foreach (var link in LinksFrom(source, escapes))
        {
            distance[link.Node] = link.Length;
            previous[link.Node] = -1;
            queue.Enqueue(link.Node, link.Length);
        }

        while (queue.TryDequeue(out var node, out var d))
        {
            if (d > distance[node])
            {
                continue;
            }

            for (var e = _edgeStart[node]; e < _edgeStart[node + 1]; e++)
            {
                var target = _edgeTarget[e];
                var candidate = d + _edgeLength[e];
                if (candidate < distance[target])
                {
                    distance[target] = candidate;
                    previous[target] = node;
                    queue.Enqueue(target, candidate);
                }
            }
        }

        return new DistanceField(source, escapes, distance, previous);
    }

    /// <summary>The shortest path from the field's source to the target, or null when the target cannot be reached.</summary>
    public List<PlanePoint>? PathTo(DistanceField field, PlanePoint target)
    {
        var targetEscapes = Escapes(target);
        if (IsFree(field.Source, target, field.SourceEscapes, targetEscapes))
        {
            return [field.Source, target];
        }

        var bestNode = _links.ContainsKey(target) || _siteLinks?.Invoke(target) is not null
            ? NearestLinked(field, LinksFrom(target, targetEscapes))
            : NearestVisible(field, target, targetEscapes);

        if (bestNode < 0)
        {
            return null;
        }

        var path = new List<PlanePoint> { target };
        for (var node = bestNode; node >= 0; node = field.Previous[node])
        {
            path.Add(_nodes[node].Point);
        }

        path.Add(field.Source);
        path.Reverse();
        return path;
    }

    private static int NearestLinked(DistanceField field, NodeLink[] links)
    {
        var best = double.PositiveInfinity;
        var bestNode = -1;
        foreach (var link in links)
        {
            var total = field.Distance[link.Node] + link.Length;
            if (total < best)
            {
                best = total;
                bestNode = link.Node;
            }
        }

        return bestNode;
    }

    /// <summary>
    /// The node <see cref="NearestLinked"/> would pick among the target's links, without finding every link: a
    /// link's total is the node's distance plus the straight line to the target, so the nodes are tried in order
    /// of that total (ties by node, as the scan keeps the first) and the first one the target sees is the answer.
    /// A point linked once (an airborne aircraft's position) then costs a heap and a few sight tests instead of
    /// a sight test to every tangent corner of the airspace. The heap is built in linear time and popped only
    /// until a visible node comes off: a full sort of every node cost more than the search it ordered.
    /// </summary>
    private int NearestVisible(DistanceField field, PlanePoint target, int[] targetEscapes)
    {
        var candidates = System.Buffers.ArrayPool<(double Total, int Node)>.Shared.Rent(_nodes.Length);
        try
        {
            var count = 0;
            for (var k = 0; k < _nodes.Length; k++)
            {
                var distance = field.Distance[k];
                if (!double.IsPositiveInfinity(distance))
                {
                    candidates[count++] = (distance + target.DistanceTo(_nodes[k].Point), k);
                }
            }

            var heap = new CandidateHeap(candidates.AsSpan(0, count));
            while (heap.TryPop(out var total, out var node))
            {
                if (double.IsPositiveInfinity(total))
                {
                    break;
                }

                if (IsLinked(target, targetEscapes, node))
                {
                    return node;
                }
            }

            return -1;
        }
        finally
        {
            System.Buffers.ArrayPool<(double, int)>.Shared.Return(candidates);
        }
    }

    private bool IsLinked(PlanePoint point, int[] escapes, int index)
    {
        var node = _nodes[index];
        if (node.Point == point)
        {
            return true;
        }

        // From inside a zone's margin any corner of that zone may be the way out, tangent or not.
        var own = _obstacles[node.ObstacleSlot];
        var escaping = Array.IndexOf(escapes, node.ObstacleSlot) >= 0;
        if (!escaping && !own.Buffered.IsTangentAt(node.Corner, point))
        {
            return false;
        }

        // The corner's own zone hides most of its far-side corners: one ring test before the walk over the others.
        return !(escaping ? own.Raw : own.Buffered).IntersectsInterior(point, node.Point) && IsFree(point, node.Point, escapes, []);
    }

    private NodeLink[] LinksFrom(PlanePoint point, int[] escapes)
    {
        if (_links.TryGet(point, out var cached))
        {
            return cached;
        }

        var result = _siteLinks?.Invoke(point) is { } site ? site.For(_graphIndex!, _subsetSlot!) : LinksGeometric(point, escapes);
        _links.Set(point, result);
        return result;
    }

    private NodeLink[] LinksGeometric(PlanePoint point, int[] escapes)
    {
        var links = new List<NodeLink>();
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (IsLinked(point, escapes, i))
            {
                links.Add(new NodeLink(i, _nodes[i].Point == point ? 0 : point.DistanceTo(_nodes[i].Point)));
            }
        }

        return [.. links];
    }

    private GraphNode[] FindNodes()
    {
        var nodes = new List<GraphNode>();
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
                var buried = false;
                foreach (var other in _grid.At(point))
                {
                    if (other != slot && _obstacles[other].Buffered.StrictlyContains(point))
                    {
                        buried = true;
                        break;
                    }
                }

                if (!buried)
                {
                    nodes.Add(new GraphNode(slot, corner, point));
                }
            }
        }

        return [.. nodes];
    }

    private (int[] Start, int[] Target, double[] Length) FindEdges()
    {
        var adjacency = new List<(int To, double Length)>[_nodes.Length];
        for (var i = 0; i < _nodes.Length; i++)
        {
            adjacency[i] = [];
        }

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

                if (a.Point == b.Point || IsFree(a.Point, b.Point, [], []))
                {
                    var length = a.Point.DistanceTo(b.Point);
                    adjacency[i].Add((j, length));
                    adjacency[j].Add((i, length));
                }
            }
        }

        var start = new int[_nodes.Length + 1];
        for (var i = 0; i < _nodes.Length; i++)
        {
            start[i + 1] = start[i] + adjacency[i].Count;
        }

        var target = new int[start[^1]];
        var lengths = new double[start[^1]];
        for (var i = 0; i < _nodes.Length; i++)
        {
            var k = start[i];
            foreach (var (to, length) in adjacency[i])
            {
                target[k] = to;
                lengths[k] = length;
                k++;
            }
        }

        return (start, target, lengths);
    }

    private static int[] MasterIds(int[]? graphIndex, int nodeCount)
    {
        if (graphIndex is null)
        {
            throw new InvalidOperationException("The graph was built geometrically, not filtered from a master.");
        }

        var master = new int[nodeCount];
        for (var k = 0; k < graphIndex.Length; k++)
        {
            if (graphIndex[k] >= 0)
            {
                master[graphIndex[k]] = k;
            }
        }

        return master;
    }

    private readonly struct SegmentCheck(Obstacle[] obstacles, PlanePoint a, PlanePoint b, int[] escapesA, int[] escapesB) : ObstacleGrid.ISlotTest
    {
        public bool Holds(int slot)
        {
            var obstacle = obstacles[slot];
            var ring = Array.IndexOf(escapesA, slot) >= 0 || Array.IndexOf(escapesB, slot) >= 0 ? obstacle.Raw : obstacle.Buffered;
            return ring.IntersectsInterior(a, b);
        }
    }
}

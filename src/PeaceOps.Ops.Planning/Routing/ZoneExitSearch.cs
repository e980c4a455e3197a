namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// One leg from a point inside a zone the leg may therefore cross (an airborne aircraft over a danger area), to a
/// point every other leg of the incident shares (the pickup). The avoided set is the usual one minus that zone, so
/// it is new for nearly every such aircraft: building its graph (about 8 ms) and a full Dijkstra for one target
/// cost more than the whole rest of the leg. Instead the usual set's cached graph is searched as it stands, minus
/// the dropped zone's corners, plus the few edges the dropped zone blocked or buried (the master's inverted lists),
/// with A* toward the one target. The straight-line heuristic is exact for a graph whose edge and link lengths
/// are straight lines on the same plane; it is scaled a hair below one so rounding can never make it overestimate.
/// The result is the path the graph of the smaller set gives (same links, same edges, same tie order).
/// </summary>
internal static class ZoneExitSearch
{
    private const double HeuristicScale = 1 - 1e-9;

    /// <summary>The shortest path from <paramref name="source"/> to <paramref name="target"/> (source first), or null when none exists.</summary>
    /// <param name="basis">A graph filtered from <paramref name="master"/> avoiding a superset of the wanted set.</param>
    /// <param name="dropped">Master slots avoided by <paramref name="basis"/> that the path may cross.</param>
    public static List<PlanePoint>? Path(VisibilityMaster master, VisibilityGraph basis, IReadOnlyList<int> dropped, PlanePoint source, PlanePoint target)
    {
        var nodeOfMaster = basis.NodeOfMaster ?? throw new ArgumentException("The basis must be filtered from the master.", nameof(basis));
        var avoided = (bool[])basis.Basis!.Avoided.Clone();
        foreach (var slot in dropped)
        {
            avoided[slot] = false;
        }

        var count = master.NodeCount;
        var isNode = new bool[count];
        for (var k = 0; k < count; k++)
        {
            isNode[k] = master.IsNode(k, avoided);
        }

        var sourceEscapes = master.EscapesWithin(source, avoided);
        var targetEscapes = master.EscapesWithin(target, avoided);
        if (master.IsFreeWithin(source, target, sourceEscapes, targetEscapes, avoided))
        {
            return [source, target];
        }

        var sourceLinks = master.LinksWithin(source, sourceEscapes, avoided, isNode);

        // The target's links are tested lazily, as nodes come off the queue: most nodes never do.
        var linkLength = new double[count];
        Array.Fill(linkLength, double.NaN);

        var (extraStart, extraTarget, extraLength) = master.EdgesFreedBy(dropped, avoided, isNode);
        var masterOfNode = basis.MasterOfNode;
        var (edgeStart, edgeTarget, edgeLength) = (basis.EdgeStart, basis.EdgeTarget, basis.EdgeLength);

        var distance = new double[count];
        var previous = new int[count];
        Array.Fill(distance, double.PositiveInfinity);
        var queue = new PriorityQueue<int, double>();
        foreach (var link in sourceLinks)
        {
            distance[link.Node] = link.Length;
            previous[link.Node] = -1;
            queue.Enqueue(link.Node, link.Length + Heuristic(master, link.Node, target));
        }

        var best = double.PositiveInfinity;
        var bestNode = -1;
        while (queue.TryDequeue(out var node, out var estimate))
        {
            // No node left can beat the best total (nor tie it, when it could win the tie): the estimate never
            // exceeds the true remaining length.
            if (estimate > best)
            {
                break;
            }

            var d = distance[node];
            if (estimate > d + Heuristic(master, node, target))
            {
                continue;
            }

            if (double.IsNaN(linkLength[node]))
            {
                var point = master.NodeAt(node).Point;
                linkLength[node] = !master.IsLinkedWithin(target, targetEscapes, avoided, node) ? double.PositiveInfinity : point == target ? 0 : target.DistanceTo(point);
            }

            // Totals tie-broken by node order, as the full graph's scan over the target's links does.
            if (!double.IsPositiveInfinity(linkLength[node]))
            {
                var total = d + linkLength[node];
                if (total < best || (total == best && node < bestNode))
                {
                    best = total;
                    bestNode = node;
                }
            }

            var local = nodeOfMaster[node];
            if (local >= 0)
            {
                for (var e = edgeStart[local]; e < edgeStart[local + 1]; e++)
                {
                    var next = masterOfNode[edgeTarget[e]];
                    if (isNode[next])
                    {
                        Relax(next, d + edgeLength[e]);
                    }
                }
            }

            for (var e = extraStart[node]; e < extraStart[node + 1]; e++)
            {
                Relax(extraTarget[e], d + extraLength[e]);
            }

            void Relax(int next, double candidate)
            {
                if (candidate < distance[next])
                {
                    distance[next] = candidate;
                    previous[next] = node;
                    queue.Enqueue(next, candidate + Heuristic(master, next, target));
                }
            }
        }

        if (bestNode < 0)
        {
            return null;
        }

        var path = new List<PlanePoint> { target };
        for (var node = bestNode; node >= 0; node = previous[node])
        {
            path.Add(master.NodeAt(node).Point);
        }

        path.Add(source);
        path.Reverse();
        return path;
    }

    private static double Heuristic(VisibilityMaster master, int node, PlanePoint target) =>
        HeuristicScale * master.NodeAt(node).Point.DistanceTo(target);
}

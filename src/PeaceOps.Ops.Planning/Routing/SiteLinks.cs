namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// Every corner of the airspace that a path from one fixed site (a base, a facility helipad) could leave along,
/// with the zones whose outline blocks the line to it; computed once per airspace version. The links of the site
/// into the graph of any set of avoided zones are then a filter (the corner is in the graph and no avoided zone
/// blocks the line), the same idea as <see cref="VisibilityMaster"/> for corner pairs: a pickup inside a zone gives
/// its incident a new avoided set, and linking every base and facility into that graph geometrically was most of
/// such an incident's time.
/// </summary>
internal sealed class SiteLinks(int[] nodes, double[] lengths, int[] blockerStart, int[] blockers)
{
    /// <summary>The links into the graph filtered from the master lists, in the graph's node order.</summary>
    /// <param name="graphIndex">Per master corner, its node in the graph or −1.</param>
    /// <param name="subsetSlot">Per master obstacle slot, its slot in the graph or −1 when not avoided.</param>
    public NodeLink[] For(int[] graphIndex, int[] subsetSlot)
    {
        var links = new List<NodeLink>();
        for (var e = 0; e < nodes.Length; e++)
        {
            var node = graphIndex[nodes[e]];
            if (node < 0)
            {
                continue;
            }

            var blocked = false;
            for (var b = blockerStart[e]; b < blockerStart[e + 1]; b++)
            {
                if (subsetSlot[blockers[b]] >= 0)
                {
                    blocked = true;
                    break;
                }
            }

            if (!blocked)
            {
                links.Add(new NodeLink(node, lengths[e]));
            }
        }

        return [.. links];
    }
}

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>One avoided set's visibility graph as filtered from a <see cref="VisibilityMaster"/>, with the basis to derive nearby sets from.</summary>
internal sealed record FilteredGraph(GraphNode[] Nodes, int[] EdgeStart, int[] EdgeTarget, double[] EdgeLength, int[] GraphIndex, int[] SubsetSlot, FilterBasis Basis);

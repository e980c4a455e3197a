namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A straight, unobstructed hop from a free point to a graph node.</summary>
internal readonly record struct NodeLink(int Node, double Length);

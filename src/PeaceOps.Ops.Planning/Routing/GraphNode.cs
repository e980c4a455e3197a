namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A convex corner of a buffered zone that lies in free space.</summary>
internal readonly record struct GraphNode(int ObstacleSlot, int Corner, PlanePoint Point);

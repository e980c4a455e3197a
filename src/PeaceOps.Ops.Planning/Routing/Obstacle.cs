namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A zone on the plane: its own boundary, and the buffered boundary routes keep clear of.</summary>
internal sealed class Obstacle(int zoneIndex, PlaneRing raw, PlaneRing buffered)
{
    public int ZoneIndex { get; } = zoneIndex;

    public PlaneRing Raw { get; } = raw;

    public PlaneRing Buffered { get; } = buffered;
}

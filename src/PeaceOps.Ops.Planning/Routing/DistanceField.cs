namespace PeaceOps.Ops.Planning.Routing;

/// <summary>Shortest distances from one source to every graph node: one Dijkstra serves every leg that starts or ends there.</summary>
internal sealed class DistanceField(PlanePoint source, int[] sourceEscapes, double[] distance, int[] previous)
{
    public PlanePoint Source { get; } = source;

    public int[] SourceEscapes { get; } = sourceEscapes;

    public double[] Distance { get; } = distance;

    public int[] Previous { get; } = previous;
}

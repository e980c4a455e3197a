namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// What a graph filtered from a <see cref="VisibilityMaster"/> keeps to serve as the starting point for a nearby
/// avoided set: which master slots it avoids and which master pairs became its edges (ascending).
/// </summary>
internal sealed class FilterBasis(VisibilityMaster master, bool[] avoided, int[] usablePairs)
{
    public VisibilityMaster Master { get; } = master;

    public bool[] Avoided { get; } = avoided;

    public int[] UsablePairs { get; } = usablePairs;
}

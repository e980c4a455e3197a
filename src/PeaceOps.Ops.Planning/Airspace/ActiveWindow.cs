namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>A period during which a zone is active, half-open: [From, To).</summary>
public sealed record ActiveWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => From < to && from < To;
}

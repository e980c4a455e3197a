namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>A host-state clearance to fly through a restricted zone during [ValidFrom, ValidUntil).</summary>
public sealed record ZoneClearance(string ZoneId, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil)
{
    public bool Covers(DateTimeOffset instant) => instant >= ValidFrom && instant < ValidUntil;
}

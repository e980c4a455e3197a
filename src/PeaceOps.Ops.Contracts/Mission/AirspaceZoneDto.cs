using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// An airspace zone. <see cref="Rings"/>: the polygon's exterior ring first, then holes, each closed (first = last point),
/// as in GeoJSON. Active in [<see cref="ActiveFrom"/>, <see cref="ActiveTo"/>) (open ends: always).
/// Clearance (restricted zones): <see cref="ClearanceLeadTimeHours"/> of notice, unless <see cref="CasevacFastTrack"/>;
/// <see cref="ClearedUntil"/> when the host state has cleared flight through it.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.airspace-zone")]
public sealed record AirspaceZoneDto(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] AirspaceKind Kind,
    [property: Id(3)] IReadOnlyList<IReadOnlyList<GeoPoint>> Rings,
    [property: Id(4)] double FloorFt,
    [property: Id(5)] double CeilingFt,
    [property: Id(6)] DateTimeOffset? ActiveFrom = null,
    [property: Id(7)] DateTimeOffset? ActiveTo = null,
    [property: Id(8)] double? ClearanceLeadTimeHours = null,
    [property: Id(9)] bool CasevacFastTrack = false,
    [property: Id(10)] DateTimeOffset? ClearedUntil = null)
{
    public bool IsActiveAt(DateTimeOffset at) => (ActiveFrom is null || at >= ActiveFrom) && (ActiveTo is null || at < ActiveTo);
}

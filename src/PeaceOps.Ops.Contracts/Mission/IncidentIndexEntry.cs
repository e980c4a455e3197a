using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// What the mission keeps of each incident: its summary (so the picture rebuilds without waking every incident), the
/// chosen route (so an airspace change can tell whose route it crosses) and the incident's stream version it was taken at
/// (so an older or repeated notification never overwrites a newer one).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-index-entry")]
public sealed record IncidentIndexEntry(
    [property: Id(0)] IncidentSummary Incident,
    [property: Id(1)] IReadOnlyList<GeoPoint> Route,
    [property: Id(2)] long Version = 0)
{
    public string IncidentId => Incident.Id;
}

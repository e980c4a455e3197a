using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>What the mission keeps of each incident: enough to list open ones and to see whose chosen route a change affects.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-index-entry")]
public sealed record IncidentIndexEntry(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] IncidentStatus Status,
    [property: Id(2)] DateTimeOffset ReportedAt,
    [property: Id(3)] string? AircraftId,
    [property: Id(4)] string? FacilityId,
    [property: Id(5)] IReadOnlyList<GeoPoint> Route)
{
    public bool IsOpen => Status is not (IncidentStatus.Closed or IncidentStatus.Cancelled);
}

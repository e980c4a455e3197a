using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>An incident as the operations picture lists it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-summary")]
public sealed record IncidentSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] IncidentStatus Status,
    [property: Id(2)] Precedence Precedence,
    [property: Id(3)] GeoPoint Pickup,
    [property: Id(4)] string PickupMgrs,
    [property: Id(5)] DateTimeOffset InjuredAt,
    [property: Id(6)] IncidentClocks Clocks,
    [property: Id(7)] string? AircraftId,
    [property: Id(8)] string? FacilityId,
    [property: Id(9)] bool ReplanFlagged,
    [property: Id(10)] int Patients,
    [property: Id(11)] DateTimeOffset? FacilityEta = null)
{
    public bool IsOpen => Status is not (IncidentStatus.Closed or IncidentStatus.Cancelled);
}

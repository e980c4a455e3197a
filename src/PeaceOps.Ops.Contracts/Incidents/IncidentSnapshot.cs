namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>An incident's state (GET /incidents/{id}).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-snapshot")]
public sealed record IncidentSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] IncidentStatus Status,
    [property: Id(2)] Precedence Precedence,
    [property: Id(3)] NineLine NineLine,
    [property: Id(4)] DateTimeOffset InjuredAt,
    [property: Id(5)] DateTimeOffset ReportedAt,
    [property: Id(6)] string ReportedBy,
    [property: Id(7)] IncidentClocks Clocks,
    [property: Id(8)] IncidentTasking? Tasking,
    [property: Id(9)] ReplanFlag? Replan,
    [property: Id(10)] string? StatusReason,
    [property: Id(11)] IReadOnlyList<TimelineEntry> Timeline,
    [property: Id(12)] long Version)
{
    public IncidentSummary ToSummary() =>
        new(Id, Status, Precedence, new Common.GeoPoint(NineLine.PickupLat, NineLine.PickupLon), NineLine.PickupMgrs,
            InjuredAt, Clocks, Tasking?.AircraftId, Tasking?.FacilityId, Replan is not null, NineLine.TotalPatients,
            Tasking?.Option?.FacilityEta);
}

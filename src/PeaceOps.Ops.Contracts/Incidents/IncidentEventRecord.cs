namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>One recorded event of an incident (GET /incidents/{id}/events). <see cref="Data"/> is the event's JSON (camelCase).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-event-record")]
public sealed record IncidentEventRecord(
    [property: Id(0)] long Sequence,
    [property: Id(1)] long Version,
    [property: Id(2)] string Type,
    [property: Id(3)] DateTimeOffset OccurredAt,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string Actor,
    [property: Id(6)] string Data,
    [property: Id(7)] string? CorrelationId);

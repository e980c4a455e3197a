namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>Who approved which option, and why if it had blocking violations.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-tasking")]
public sealed record IncidentTasking(
    [property: Id(0)] string AircraftId,
    [property: Id(1)] string FacilityId,
    [property: Id(2)] string ApprovedBy,
    [property: Id(3)] DateTimeOffset ApprovedAt,
    [property: Id(4)] string? OverrideReason,
    [property: Id(5)] Tasking.TaskingOptionDto? Option);

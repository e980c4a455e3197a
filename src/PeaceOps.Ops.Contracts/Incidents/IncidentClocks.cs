namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>The 10-1-2 timeline (AJP-4.10, UN Medical Support Manual), counted from the time of injury.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.incident-clocks")]
public sealed record IncidentClocks(
    [property: Id(0)] DateTimeOffset FirstAidDueAt,
    [property: Id(1)] DateTimeOffset ResuscitationDueAt,
    [property: Id(2)] DateTimeOffset SurgeryDueAt)
{
    public static IncidentClocks From(DateTimeOffset injuredAt) =>
        new(injuredAt.AddMinutes(10), injuredAt.AddHours(1), injuredAt.AddHours(2));
}

using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>Options were (re)computed for an incident; clients fetch them with GET /incidents/{id}/options if they show them.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.incident-options-updated")]
public sealed record IncidentOptionsUpdated(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] int OptionCount,
    [property: Id(2)] TaskingOptionDto? Best) : OpsChange;

using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>An incident moved in its lifecycle (tasked, launched, ..., closed) or was flagged for re-planning.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.incident-updated")]
public sealed record IncidentUpdated([property: Id(0)] IncidentSummary Incident) : OpsChange;

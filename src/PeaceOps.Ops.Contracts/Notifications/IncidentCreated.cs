using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Contracts.Notifications;

[GenerateSerializer, Immutable, Alias("peaceops.change.incident-created")]
public sealed record IncidentCreated([property: Id(0)] IncidentSummary Incident) : OpsChange;

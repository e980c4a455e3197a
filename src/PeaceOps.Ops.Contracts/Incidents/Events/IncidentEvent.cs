using PeaceOps.Ops.Contracts.Events;

namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>An event of one incident's stream ("incident-{id}").</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident")]
public abstract record IncidentEvent : OpsEvent;

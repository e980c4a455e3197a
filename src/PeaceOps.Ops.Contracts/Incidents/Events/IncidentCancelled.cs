namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The request was withdrawn before launch.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-cancelled")]
public sealed record IncidentCancelled([property: Id(0)] string Reason) : IncidentEvent;

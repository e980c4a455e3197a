namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The incident is complete.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-closed")]
public sealed record IncidentClosed([property: Id(0)] string? Note) : IncidentEvent;

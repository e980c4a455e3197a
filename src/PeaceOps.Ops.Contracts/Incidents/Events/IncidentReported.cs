namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>A 9-line was received; the clocks start at InjuredAt.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-reported")]
public sealed record IncidentReported([property: Id(0)] string IncidentId, [property: Id(1)] NineLine NineLine, [property: Id(2)] DateTimeOffset InjuredAt, [property: Id(3)] Precedence Precedence) : IncidentEvent;

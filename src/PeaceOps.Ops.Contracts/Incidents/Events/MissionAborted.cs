namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The tasked flight was abandoned; the aircraft is released and the incident can be tasked again.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.mission-aborted")]
public sealed record MissionAborted([property: Id(0)] string Reason, [property: Id(1)] string AircraftId) : IncidentEvent;

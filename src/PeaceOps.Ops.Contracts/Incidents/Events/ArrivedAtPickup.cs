namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The aircraft landed at the pickup site.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.arrived-at-pickup")]
public sealed record ArrivedAtPickup([property: Id(0)] string AircraftId) : IncidentEvent;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>The aircraft was granted to an incident.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-tasked")]
public sealed record AircraftTasked([property: Id(0)] string IncidentId, [property: Id(1)] string FacilityId) : AircraftEvent;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>The tasking moved on (launched, diverted).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-tasking-updated")]
public sealed record AircraftTaskingUpdated([property: Id(0)] string IncidentId, [property: Id(1)] AircraftStatus Status, [property: Id(2)] string FacilityId) : AircraftEvent;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>The tasking ended; Status is what the aircraft is now.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-released")]
public sealed record AircraftReleased([property: Id(0)] string IncidentId, [property: Id(1)] AircraftStatus Status) : AircraftEvent;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>The air operations centre changed the aircraft's status.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-status-changed")]
public sealed record AircraftStatusChanged([property: Id(0)] AircraftStatus Status, [property: Id(1)] AircraftStatus Previous, [property: Id(2)] string? Note) : AircraftEvent;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>The airframe was registered or reconfigured.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-registered")]
public sealed record AircraftRegistered([property: Id(0)] AircraftProfile Profile) : AircraftEvent;

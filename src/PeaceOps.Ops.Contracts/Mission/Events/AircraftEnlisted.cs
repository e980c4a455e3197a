namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>An aircraft joined the mission's registry.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-enlisted")]
public sealed record AircraftEnlisted([property: Id(0)] string AircraftId) : MissionEvent;

namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>A zone was withdrawn.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.airspace-zone-deleted")]
public sealed record AirspaceZoneDeleted([property: Id(0)] string ZoneId) : MissionEvent;

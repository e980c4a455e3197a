namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>A zone was declared or replaced.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.airspace-zone-set")]
public sealed record AirspaceZoneSet([property: Id(0)] AirspaceZoneDto Zone) : MissionEvent;

namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>The mission's index of an incident changed (reported, tasked, closed...).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-tracked")]
public sealed record IncidentTracked([property: Id(0)] IncidentIndexEntry Entry) : MissionEvent;

namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>
/// The mission's index of an incident changed (reported, tasked, closed...). No longer written: the index is derived from
/// the incidents' streams. Kept so that logs recorded before still read (replay folds it like the incident's own update).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-tracked")]
public sealed record IncidentTracked([property: Id(0)] IncidentIndexEntry Entry) : MissionEvent;

using PeaceOps.Ops.Contracts.Events;

namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>An event of the mission's stream ("mission-{key}").</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.mission")]
public abstract record MissionEvent : OpsEvent;

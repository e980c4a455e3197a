namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>A facility joined the mission's registry.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.facility-enlisted")]
public sealed record FacilityEnlisted([property: Id(0)] string FacilityId) : MissionEvent;

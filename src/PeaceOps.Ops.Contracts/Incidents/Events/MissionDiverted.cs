namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The flight is sent to another facility.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.mission-diverted")]
public sealed record MissionDiverted([property: Id(0)] string Reason, [property: Id(1)] string FacilityId, [property: Id(2)] string PreviousFacilityId) : IncidentEvent;

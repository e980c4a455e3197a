namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The aircraft reached the facility and the patients were handed over (ATMIST).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.handed-over")]
public sealed record HandedOver([property: Id(0)] string FacilityId) : IncidentEvent;

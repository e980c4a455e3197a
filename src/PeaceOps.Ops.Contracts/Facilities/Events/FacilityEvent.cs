using PeaceOps.Ops.Contracts.Events;

namespace PeaceOps.Ops.Contracts.Facilities.Events;

/// <summary>An event of one facility's stream ("facility-{id}").</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.facility")]
public abstract record FacilityEvent : OpsEvent;

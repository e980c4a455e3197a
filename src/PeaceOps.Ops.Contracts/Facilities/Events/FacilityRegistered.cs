namespace PeaceOps.Ops.Contracts.Facilities.Events;

/// <summary>The facility was registered or reconfigured.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.facility-registered")]
public sealed record FacilityRegistered([property: Id(0)] FacilityProfile Profile) : FacilityEvent;

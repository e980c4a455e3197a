namespace PeaceOps.Ops.Contracts.Facilities.Events;

/// <summary>The medical coordinator reported status and free capacity.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.facility-status-reported")]
public sealed record FacilityStatusReported([property: Id(0)] FacilityStatusUpdate Update, [property: Id(1)] FacilityStatus Previous) : FacilityEvent;

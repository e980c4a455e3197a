using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>A facility was registered or changed status or capacity.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.facility-changed")]
public sealed record FacilityChanged([property: Id(0)] FacilitySnapshot Facility) : OpsChange;

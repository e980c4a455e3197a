using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>A zone was added or replaced.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.airspace-zone-changed")]
public sealed record AirspaceZoneChanged([property: Id(0)] AirspaceZoneDto Zone) : OpsChange;

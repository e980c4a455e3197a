namespace PeaceOps.Ops.Contracts.Notifications;

[GenerateSerializer, Immutable, Alias("peaceops.change.airspace-zone-removed")]
public sealed record AirspaceZoneRemoved([property: Id(0)] string ZoneId) : OpsChange;

using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Contracts.Notifications;

[GenerateSerializer, Immutable, Alias("peaceops.change.mission-settings-changed")]
public sealed record MissionSettingsChanged([property: Id(0)] MissionSettingsDto Settings) : OpsChange;

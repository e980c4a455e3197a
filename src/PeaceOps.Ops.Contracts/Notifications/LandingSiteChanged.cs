using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Contracts.Notifications;

[GenerateSerializer, Immutable, Alias("peaceops.change.landing-site-changed")]
public sealed record LandingSiteChanged([property: Id(0)] LandingSiteDto Site) : OpsChange;

namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>A landing site was declared or changed.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.landing-site-set")]
public sealed record LandingSiteSet([property: Id(0)] LandingSiteDto Site) : MissionEvent;

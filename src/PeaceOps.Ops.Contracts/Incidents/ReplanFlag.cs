namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>The chosen option is no longer sound (airspace, facility or aircraft changed): the duty officer should look again.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.replan-flag")]
public sealed record ReplanFlag(
    [property: Id(0)] DateTimeOffset FlaggedAt,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Cause);

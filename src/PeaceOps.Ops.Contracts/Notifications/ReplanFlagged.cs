namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>An open incident's chosen option is affected by a change (airspace, facility, aircraft): the duty officer must look again.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.replan-flagged")]
public sealed record ReplanFlagged(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Cause) : OpsChange;

using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>
/// A lifecycle step. <see cref="Reason"/> is required for cancelled, aborted and diverted;
/// <see cref="FacilityId"/> for diverted (the new destination).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.advance-incident")]
public sealed record AdvanceIncident(
    [property: Id(0)] IncidentMilestone Milestone,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? FacilityId,
    [property: Id(3)] CommandContext Context);

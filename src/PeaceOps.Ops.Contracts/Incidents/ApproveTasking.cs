using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>The duty officer's choice. <see cref="OverrideReason"/> is required when the option has blocking violations.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.approve-tasking")]
public sealed record ApproveTasking(
    [property: Id(0)] string AircraftId,
    [property: Id(1)] string FacilityId,
    [property: Id(2)] string? OverrideReason,
    [property: Id(3)] CommandContext Context);

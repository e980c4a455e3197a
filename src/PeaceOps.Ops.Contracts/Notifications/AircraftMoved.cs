using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>A new position; coalesced per aircraft within a batch (only the latest reaches the screens).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.aircraft-moved")]
public sealed record AircraftMoved(
    [property: Id(0)] string AircraftId,
    [property: Id(1)] AircraftPosition Position,
    [property: Id(2)] double EnduranceRemainingMinutes) : OpsChange
{
    public override string? CoalesceKey => "moved:" + AircraftId;
}

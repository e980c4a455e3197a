using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Tasking;

/// <summary>
/// One ranked option (aircraft + destination facility) as CONTRACT.md shows it, plus names and the predicted times of
/// resuscitation and surgery; <see cref="Route"/> is the LineString's coordinates in order (the API writes GeoJSON).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.tasking-option")]
public sealed record TaskingOptionDto(
    [property: Id(0)] int Rank,
    [property: Id(1)] string AircraftId,
    [property: Id(2)] string FacilityId,
    [property: Id(3)] bool Feasible,
    [property: Id(4)] DateTimeOffset PickupEta,
    [property: Id(5)] DateTimeOffset FacilityEta,
    [property: Id(6)] bool MeetsResuscitation,
    [property: Id(7)] bool MeetsSurgery,
    [property: Id(8)] IReadOnlyList<GeoPoint> Route,
    [property: Id(9)] IReadOnlyList<RouteLegDto> Legs,
    [property: Id(10)] IReadOnlyList<ViolationDto> Violations,
    [property: Id(11)] string Callsign = "",
    [property: Id(12)] string FacilityName = "",
    [property: Id(13)] DateTimeOffset? LaunchAt = null,
    [property: Id(14)] DateTimeOffset? ResuscitationAt = null,
    [property: Id(15)] DateTimeOffset? SurgeryAt = null)
{
    public bool HasBlockingViolations => Violations.Any(v => v.Severity == ViolationSeverity.Blocking);
}

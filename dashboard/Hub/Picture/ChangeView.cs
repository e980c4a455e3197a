using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>
/// One change on the wire: <see cref="Kind"/> says which (aircraftMoved, aircraftChanged, facilityChanged, incidentCreated,
/// incidentUpdated, incidentOptionsUpdated, replanFlagged, airspaceZoneChanged, airspaceZoneRemoved, landingSiteChanged,
/// missionSettingsChanged) and only that kind's members are present. One flat shape rather than a class hierarchy so
/// that MessagePack clients read it as easily as JSON ones. Every change is a whole-entity upsert: applying one twice is harmless.
/// </summary>
public sealed record ChangeView(long Sequence, DateTimeOffset At, string Kind)
{
    public string? AircraftId { get; init; }

    public PositionView? Position { get; init; }

    public double? EnduranceRemainingMinutes { get; init; }

    public AircraftView? Aircraft { get; init; }

    public FacilityView? Facility { get; init; }

    public IncidentView? Incident { get; init; }

    public string? IncidentId { get; init; }

    public int? OptionCount { get; init; }

    public OptionView? Best { get; init; }

    public string? Reason { get; init; }

    public string? Cause { get; init; }

    public AirspaceView? Zone { get; init; }

    public string? ZoneId { get; init; }

    public LandingSiteDto? Site { get; init; }

    public MissionSettingsDto? Settings { get; init; }
}

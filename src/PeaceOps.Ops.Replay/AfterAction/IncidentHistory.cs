using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Everything the log tells about one incident, folded from its recorded events: the input of the after-action report
/// and of the mission impediment report. <see cref="DestinationLevel"/> is the level of the facility the casualty was
/// flown to (the 2-hour mark needs Level II or higher).
/// </summary>
public sealed record IncidentHistory(
    string IncidentId,
    Precedence Precedence,
    int Patients,
    GeoPoint Pickup,
    string PickupMgrs,
    DateTimeOffset InjuredAt,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    IncidentStatus Status,
    IncidentMilestones Milestones,
    TaskingDecision? Decision,
    string? DestinationFacilityId,
    FacilityLevel? DestinationLevel,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public IncidentClocks Clocks => IncidentClocks.From(InjuredAt);

    public bool WasCancelled => Status == IncidentStatus.Cancelled;
}

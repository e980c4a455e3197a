using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Incidents.Events;

namespace PeaceOps.Ops.Replay.Picture;

/// <summary>
/// An incident's picture entry after one of its own events: the same summary the incident grain publishes after
/// recording that event (its state's snapshot, summarised). The mission's index is no longer in the log, so replay
/// reads incidents from their streams; the live-versus-replay tests hold the two to the same answer.
/// </summary>
public static class IncidentSummaryFold
{
    /// <summary>The summary after <paramref name="event"/>, or null when there is nothing to show (no report yet).</summary>
    public static IncidentSummary? Next(IncidentSummary? before, IncidentEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is IncidentReported reported)
        {
            var line = reported.NineLine;
            return line is null
                ? null
                : new IncidentSummary(
                    reported.IncidentId, IncidentStatus.Reported, reported.Precedence, new GeoPoint(line.PickupLat, line.PickupLon), line.PickupMgrs,
                    reported.InjuredAt, IncidentClocks.From(reported.InjuredAt), null, null, false, line.TotalPatients);
        }

        return before is null ? null : @event switch
        {
            OptionsProposed => before.Status == IncidentStatus.Reported ? before with { Status = IncidentStatus.OptionsProposed } : before,
            TaskingApproved e => before with
            {
                Status = IncidentStatus.Tasked, AircraftId = e.AircraftId, FacilityId = e.FacilityId, FacilityEta = e.Chosen?.FacilityEta, ReplanFlagged = false,
            },
            AircraftLaunched => before with { Status = IncidentStatus.Launched },
            ArrivedAtPickup => before with { Status = IncidentStatus.AtPickup },
            PatientsLoaded => before with { Status = IncidentStatus.PatientsOnBoard },
            HandedOver => before with { Status = IncidentStatus.AtFacility },
            IncidentClosed => before with { Status = IncidentStatus.Closed, ReplanFlagged = false },
            IncidentCancelled => before with { Status = IncidentStatus.Cancelled, ReplanFlagged = false },
            MissionAborted => before with { Status = IncidentStatus.Aborted, AircraftId = null, FacilityId = null, FacilityEta = null, ReplanFlagged = false },
            MissionDiverted e => before with { Status = IncidentStatus.Diverted, FacilityId = before.AircraftId is null ? null : e.FacilityId },
            IncidentFlaggedForReplan => before with { ReplanFlagged = true },
            _ => before,
        };
    }
}

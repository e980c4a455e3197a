using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Grains.EventSourcing;

namespace PeaceOps.Ops.Grains.Incidents;

/// <summary>An incident as the projection of its events; also "the incident at time T" when fed the events up to T.</summary>
[GenerateSerializer, Alias("peaceops.incident-state")]
public sealed class IncidentState : IProjection<IncidentEvent>
{
    [Id(0)]
    public string Id { get; set; } = "";

    [Id(1)]
    public bool Reported { get; set; }

    [Id(2)]
    public NineLine? NineLine { get; set; }

    [Id(3)]
    public Precedence Precedence { get; set; }

    [Id(4)]
    public DateTimeOffset InjuredAt { get; set; }

    [Id(5)]
    public DateTimeOffset ReportedAt { get; set; }

    [Id(6)]
    public string ReportedBy { get; set; } = "";

    [Id(7)]
    public IncidentStatus Status { get; set; }

    [Id(8)]
    public IncidentTasking? Tasking { get; set; }

    [Id(9)]
    public ReplanFlag? Replan { get; set; }

    [Id(10)]
    public string? StatusReason { get; set; }

    [Id(11)]
    public List<TimelineEntry> Timeline { get; set; } = [];

    [Id(12)]
    public HashSet<string> ProcessedKeys { get; set; } = new(StringComparer.Ordinal);

    [Id(13)]
    public int Version { get; set; }

    public bool IsOpen => Reported && Status is not (IncidentStatus.Closed or IncidentStatus.Cancelled);

    public void Apply(IncidentEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Version++;
        if (@event.IdempotencyKey is { } key)
        {
            ProcessedKeys.Add(key);
        }

        switch (@event)
        {
            case IncidentReported e:
                Reported = true;
                Id = e.IncidentId;
                NineLine = e.NineLine;
                Precedence = e.Precedence;
                InjuredAt = e.InjuredAt;
                ReportedAt = e.OccurredAt;
                ReportedBy = e.Actor;
                Status = IncidentStatus.Reported;
                Note(e, $"9-line received from {e.NineLine.CallSign}: {e.NineLine.Patients.Total} patient(s), precedence {e.Precedence}, pickup {e.NineLine.PickupMgrs}.");
                break;
            case OptionsProposed e:
                if (Status == IncidentStatus.Reported)
                {
                    Status = IncidentStatus.OptionsProposed;
                }

                Note(e, e.Options.Count == 0 ? "No options found." : $"{e.Options.Count} option(s) proposed; best {e.Options[0].AircraftId} to {e.Options[0].FacilityId}.");
                break;
            case TaskingApproved e:
                Status = IncidentStatus.Tasked;
                Tasking = new IncidentTasking(e.AircraftId, e.FacilityId, e.Actor, e.OccurredAt, e.OverrideReason, e.Chosen);
                Replan = null;
                StatusReason = null;
                Note(e, $"Tasked {e.AircraftId} to {e.FacilityId}" + (e.OverrideReason is null ? "." : $", overriding blocking violations: {e.OverrideReason}"));
                break;
            case AircraftLaunched e:
                Status = IncidentStatus.Launched;
                Note(e, $"{e.AircraftId} launched.");
                break;
            case ArrivedAtPickup e:
                Status = IncidentStatus.AtPickup;
                Note(e, $"{e.AircraftId} at the pickup site.");
                break;
            case PatientsLoaded e:
                Status = IncidentStatus.PatientsOnBoard;
                Note(e, "Patients on board.");
                break;
            case HandedOver e:
                Status = IncidentStatus.AtFacility;
                Note(e, $"Patients handed over at {e.FacilityId}.");
                break;
            case IncidentClosed e:
                Status = IncidentStatus.Closed;
                Replan = null;
                Note(e, "Incident closed." + (e.Note is null ? "" : " " + e.Note));
                break;
            case IncidentCancelled e:
                Status = IncidentStatus.Cancelled;
                StatusReason = e.Reason;
                Replan = null;
                Note(e, $"Cancelled: {e.Reason}");
                break;
            case MissionAborted e:
                Status = IncidentStatus.Aborted;
                StatusReason = e.Reason;
                Tasking = null;
                Replan = null;
                Note(e, $"Mission of {e.AircraftId} aborted: {e.Reason}");
                break;
            case MissionDiverted e:
                Status = IncidentStatus.Diverted;
                StatusReason = e.Reason;
                Tasking = Tasking is null ? null : Tasking with { FacilityId = e.FacilityId };
                Note(e, $"Diverted from {e.PreviousFacilityId} to {e.FacilityId}: {e.Reason}");
                break;
            case IncidentFlaggedForReplan e:
                Replan = new ReplanFlag(e.OccurredAt, e.Reason, e.Cause);
                Note(e, $"Re-plan flagged: {e.Reason}");
                break;
            default:
                break;
        }
    }

    public IncidentSnapshot ToSnapshot() => new(
        Id, Status, Precedence, NineLine!, InjuredAt, ReportedAt, ReportedBy, IncidentClocks.From(InjuredAt), Tasking, Replan,
        StatusReason, Timeline.ToArray(), Version);

    public IReadOnlyList<GeoPoint> ChosenRoute() => Tasking?.Option?.Route ?? Array.Empty<GeoPoint>();

    /// <summary>What the mission's index keeps of this incident, stamped with the stream version it reflects.</summary>
    public IncidentIndexEntry ToIndexEntry() => new(ToSnapshot().ToSummary(), ChosenRoute(), Version);

    private void Note(IncidentEvent e, string summary) => Timeline.Add(new TimelineEntry(e.OccurredAt, e.GetType().Name, e.Actor, summary));
}

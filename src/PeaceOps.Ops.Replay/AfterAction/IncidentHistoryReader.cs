using PeaceOps.Ops.Contracts.Events;
using System.Text.Json;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Folds an incident's recorded events (stream "incident-{id}") into its <see cref="IncidentHistory"/>, reading the
/// decision context from the approval event exactly as it was recorded. The destination's level comes from the
/// facility's registration event. Read-only.
/// </summary>
public sealed class IncidentHistoryReader(IEventStore events)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The incident's history, or null when the log holds no such incident.</summary>
    public async Task<IncidentHistory?> ReadAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        var recorded = await events.ReadStreamAsync(StreamIds.Incident(incidentId), 0, cancellationToken);
        var history = Fold(incidentId, recorded);
        if (history?.DestinationFacilityId is { } facilityId)
        {
            history = history with { DestinationLevel = await FacilityLevelAsync(facilityId, cancellationToken) };
        }

        return history;
    }

    internal static IncidentHistory? Fold(string incidentId, IReadOnlyList<RecordedEvent> recorded)
    {
        IncidentHistory? history = null;
        var timeline = new List<TimelineEntry>();
        foreach (var e in recorded)
        {
            using var document = JsonDocument.Parse(e.Data);
            var data = document.RootElement;
            if (e.Type == "IncidentReported")
            {
                var nineLine = data.GetProperty("nineLine").Deserialize<NineLine>(Json)!;
                history = new IncidentHistory(
                    incidentId, data.GetProperty("precedence").Deserialize<Precedence>(Json), nineLine.TotalPatients,
                    new GeoPoint(nineLine.PickupLat, nineLine.PickupLon), nineLine.PickupMgrs,
                    data.GetProperty("injuredAt").GetDateTimeOffset(), e.OccurredAt, e.Actor, IncidentStatus.Reported,
                    new IncidentMilestones(), null, null, null, timeline);
                timeline.Add(new TimelineEntry(e.OccurredAt, e.Type, e.Actor, $"9-line received: {nineLine.TotalPatients} patient(s), precedence {history.Precedence}"));
                continue;
            }

            if (history is null)
            {
                continue;
            }

            var m = history.Milestones;
            (history, var summary) = e.Type switch
            {
                "OptionsProposed" => (history with
                {
                    Status = history.Status == IncidentStatus.Reported ? IncidentStatus.OptionsProposed : history.Status,
                    Milestones = m with { OptionsShownAt = m.OptionsShownAt ?? e.OccurredAt },
                }, $"{data.GetProperty("options").GetArrayLength()} option(s) shown"),
                "TaskingApproved" => Approved(history, e, data),
                "AircraftLaunched" => (history with { Status = IncidentStatus.Launched, Milestones = m with { LaunchedAt = e.OccurredAt } },
                    $"aircraft {Text(data, "aircraftId")} launched"),
                "ArrivedAtPickup" => (history with { Status = IncidentStatus.AtPickup, Milestones = m with { AtPickupAt = e.OccurredAt } },
                    "at the pickup site"),
                "PatientsLoaded" => (history with { Status = IncidentStatus.PatientsOnBoard, Milestones = m with { PatientsOnBoardAt = e.OccurredAt } },
                    "patients on board"),
                "HandedOver" => (history with
                {
                    Status = IncidentStatus.AtFacility,
                    Milestones = m with { AtFacilityAt = e.OccurredAt },
                    DestinationFacilityId = Text(data, "facilityId"),
                }, $"handed over at {Text(data, "facilityId")}"),
                "IncidentClosed" => (history with { Status = IncidentStatus.Closed, Milestones = m with { ClosedAt = e.OccurredAt } }, "closed"),
                "IncidentCancelled" => (history with { Status = IncidentStatus.Cancelled, Milestones = m with { CancelledAt = e.OccurredAt } },
                    $"cancelled: {Text(data, "reason")}"),
                // The aborted lift did not carry the casualty: its flight steps no longer count.
                "MissionAborted" => (history with
                {
                    Status = IncidentStatus.Aborted,
                    Milestones = m with { LaunchedAt = null, AtPickupAt = null, PatientsOnBoardAt = null },
                }, $"aborted: {Text(data, "reason")}"),
                "MissionDiverted" => (history with { Status = IncidentStatus.Diverted, DestinationFacilityId = Text(data, "facilityId") },
                    $"diverted to {Text(data, "facilityId")}: {Text(data, "reason")}"),
                "IncidentFlaggedForReplan" => (history, $"re-plan flagged: {Text(data, "reason")}"),
                _ => (history, e.Type),
            };
            timeline.Add(new TimelineEntry(e.OccurredAt, e.Type, e.Actor, summary));
        }

        return history;
    }

    private static (IncidentHistory, string) Approved(IncidentHistory history, RecordedEvent e, JsonElement data)
    {
        var shown = data.TryGetProperty("optionsShown", out var options)
            ? options.Deserialize<List<TaskingOptionDto>>(Json) ?? []
            : [];
        var decision = new TaskingDecision(Text(data, "aircraftId"), Text(data, "facilityId"), e.Actor, e.OccurredAt,
            data.TryGetProperty("overrideReason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null, shown);
        return (history with
        {
            Status = IncidentStatus.Tasked,
            Decision = decision,
            DestinationFacilityId = decision.FacilityId,
            Milestones = history.Milestones with { TaskedAt = e.OccurredAt },
        }, $"tasked {decision.AircraftId} to {decision.FacilityId}" + (decision.OverrideReason is null ? string.Empty : $" (override: {decision.OverrideReason})"));
    }

    private async Task<FacilityLevel?> FacilityLevelAsync(string facilityId, CancellationToken cancellationToken)
    {
        FacilityLevel? level = null;
        foreach (var e in await events.ReadStreamAsync(StreamIds.Facility(facilityId), 0, cancellationToken))
        {
            if (e.Type == "FacilityRegistered")
            {
                using var document = JsonDocument.Parse(e.Data);
                level = document.RootElement.GetProperty("profile").Deserialize<FacilityProfile>(Json)?.Level;
            }
        }

        return level;
    }

    private static string Text(JsonElement data, string property) =>
        data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}

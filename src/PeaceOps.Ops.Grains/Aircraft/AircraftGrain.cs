using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Aircraft.Events;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Grains.EventSourcing;
using PeaceOps.Ops.Storage.EventStore;
using IPositionLog = PeaceOps.Ops.Storage.Positions.IPositionLog;
using LoggedPosition = PeaceOps.Ops.Storage.Positions.PositionReport;

namespace PeaceOps.Ops.Grains.Aircraft;

/// <summary>
/// One airframe: state in grain storage, every status and tasking change also an event in stream "aircraft-{id}".
/// It arbitrates its own tasking (one incident at a time). Positions are frequent: they update memory at once, reach the
/// screens coalesced, and are recorded in the position log before they are acknowledged. The position log is their durable
/// record: grain storage takes the position with the next state write (or on deactivation), and activation catches up from
/// the log. Writing grain state for positions (500 aircraft every few seconds) kept SQLite's single writer busy with a
/// transaction and an fsync each, and the position log's group commits, which acknowledgements wait for, queued behind them.
/// </summary>
public sealed class AircraftGrain(
    [PersistentState("aircraft")] IPersistentState<AircraftState> state,
    IEventStore events,
    IPositionLog positionLog,
    TimeProvider time,
    ILogger<AircraftGrain> logger) : Grain, IAircraftGrain
{
    private const int RememberedReports = 512;

    private readonly HashSet<string> _recentReports = new(StringComparer.Ordinal);
    private bool _positionUnsaved;

    private string Id => this.GetPrimaryKeyString();

    private AircraftState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _recentReports.UnionWith(S.RecentReportIds);
        if (S.Profile is not null && S.Position is { } stored)
        {
            // Reports acknowledged after the last state write (the process stopped without deactivating): the log has them.
            var newer = await positionLog.ReadTrackAsync(Id, stored.ReportedAt.AddTicks(1), time.GetUtcNow().AddDays(1), cancellationToken);
            foreach (var r in newer)
            {
                Apply(new PositionReport(r.ReportId, r.At, r.Latitude, r.Longitude, r.AltitudeM, r.HeadingDeg, r.SpeedKts));
                _positionUnsaved = true;
            }
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_positionUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<AircraftSnapshot> Register(AircraftProfile profile, CommandContext context)
    {
        AircraftProfileValidator.Validate(profile, Id);
        Validation.RequireContext(context);
        if (S.Profile == profile)
        {
            return S.ToSnapshot();
        }

        var isNew = S.Profile is null;
        var appended = await Append(new AircraftRegistered(profile), context);
        if (!appended && !isNew)
        {
            return S.ToSnapshot();
        }

        var now = time.GetUtcNow();
        S.Profile = profile;
        if (isNew)
        {
            S.Status = AircraftStatus.Available;
            S.Position = new AircraftPosition(profile.BasePosition.Lat, profile.BasePosition.Lon, 0, 0, 0, now);
            S.EnduranceRemainingMinutes = profile.EnduranceMinutes;
            S.StatusChangedAt = now;
        }
        else
        {
            S.EnduranceRemainingMinutes = Math.Min(S.EnduranceRemainingMinutes, profile.EnduranceMinutes);
        }

        await Save();
        if (isNew)
        {
            await GrainFactory.GetGrain<IMissionGrain>(IMissionGrain.Key).EnlistAircraft(Id);
        }

        await PublishChanged();
        return S.ToSnapshot();
    }

    public Task<AircraftSnapshot> GetSnapshot()
    {
        EnsureRegistered();
        return Task.FromResult(S.ToSnapshot());
    }

    public async Task<PositionReportResult> ReportPositions(IReadOnlyList<PositionReport> reports)
    {
        EnsureRegistered();
        PositionReportValidator.Validate(reports);
        var fresh = new List<string>();
        var accepted = new List<PositionReport>();
        int duplicates = 0, outOfOrder = 0;
        var lastAt = S.Position?.ReportedAt;
        foreach (var report in reports.OrderBy(r => r.At))
        {
            if (_recentReports.Contains(report.ReportId) || fresh.Contains(report.ReportId, StringComparer.Ordinal))
            {
                duplicates++;
                continue;
            }

            fresh.Add(report.ReportId);
            if (lastAt is { } last && report.At <= last)
            {
                outOfOrder++;
                continue;
            }

            accepted.Add(report);
            lastAt = report.At;
        }

        // Recorded before memory changes: if the log write fails, a resend is processed again instead of being
        // taken for a duplicate of a report replay would never see. The log ignores a report id it already holds.
        await Task.WhenAll(accepted.Select(r => positionLog.AppendAsync(
            new LoggedPosition(Id, r.ReportId, r.At, r.Lat, r.Lon, r.AltitudeM, r.HeadingDeg, r.SpeedKts))));
        fresh.ForEach(Remember);
        accepted.ForEach(Apply);

        if (accepted.Count > 0)
        {
            _positionUnsaved = true;
            await Publish(new AircraftMoved(Id, S.Position!, S.EnduranceRemainingMinutes));
        }

        return new PositionReportResult(accepted.Count, duplicates, outOfOrder);
    }

    public async Task<AircraftSnapshot> SetStatus(AircraftStatus status, string? note, CommandContext context)
    {
        EnsureRegistered();
        Validation.RequireContext(context);
        Validation.Require(status is AircraftStatus.Available or AircraftStatus.CrewRest or AircraftStatus.Unserviceable, "status", "Only available, crewRest or unserviceable can be set; tasking sets the others.");
        Validation.Require(note is null || note.Length <= 500, "note", "The note is longer than 500 characters.");
        var tasking = S.Tasking;
        if (tasking is not null && status != AircraftStatus.Unserviceable)
        {
            throw new CommandConflictException(
                "AIRCRAFT_TASKED",
                $"Aircraft {Id} holds the tasking for incident {tasking.IncidentId}; end it through the incident first.",
                $"{S.Status} (incident {tasking.IncidentId})");
        }

        if (S.Status == status && S.StatusNote == note)
        {
            return S.ToSnapshot();
        }

        if (!await Append(new AircraftStatusChanged(status, S.Status, note), context))
        {
            return S.ToSnapshot();
        }

        S.Status = status;
        S.StatusNote = note;
        S.StatusChangedAt = time.GetUtcNow();
        await Save();
        await PublishChanged();
        if (tasking is not null)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(tasking.IncidentId).FlagReplan(
                $"Aircraft {S.Profile!.Callsign} ({Id}) became unserviceable" + (note is null ? "." : $": {note}"),
                "aircraft-unserviceable",
                context with { IdempotencyKey = $"{context.IdempotencyKey}:replan" });
        }

        return S.ToSnapshot();
    }

    public async Task<AircraftSnapshot> AssignTasking(string incidentId, string facilityId, CommandContext context)
    {
        EnsureRegistered();
        Validation.RequireContext(context);
        Validation.RequireText(incidentId, "incidentId");
        Validation.RequireText(facilityId, "facilityId");
        if (S.Tasking?.IncidentId == incidentId)
        {
            return S.ToSnapshot();
        }

        if (S.Tasking is { } other)
        {
            throw new CommandConflictException(
                "AIRCRAFT_NOT_AVAILABLE",
                $"Aircraft {Id} is already tasked to incident {other.IncidentId}.",
                $"{S.Status} (incident {other.IncidentId})");
        }

        if (S.Status is not (AircraftStatus.Available or AircraftStatus.Returning))
        {
            throw new CommandConflictException("AIRCRAFT_NOT_AVAILABLE", $"Aircraft {Id} is {S.Status} and cannot be tasked.", S.Status.ToString());
        }

        await Append(new AircraftTasked(incidentId, facilityId), context);
        S.Tasking = new AircraftTasking(incidentId, facilityId, time.GetUtcNow(), context.Actor);
        S.Status = AircraftStatus.Tasked;
        S.StatusChangedAt = time.GetUtcNow();
        await Save();
        await PublishChanged();
        return S.ToSnapshot();
    }

    public async Task<AircraftSnapshot> UpdateTasking(string incidentId, AircraftStatus status, string facilityId, CommandContext context)
    {
        EnsureRegistered();
        Validation.RequireContext(context);
        Validation.RequireText(facilityId, "facilityId");
        var tasking = S.Tasking;
        if (tasking?.IncidentId != incidentId)
        {
            throw new CommandConflictException("NOT_TASKED_TO_INCIDENT", $"Aircraft {Id} is not tasked to incident {incidentId}.", S.Status.ToString());
        }

        if (S.Status == AircraftStatus.Unserviceable)
        {
            throw new CommandConflictException("AIRCRAFT_UNSERVICEABLE", $"Aircraft {Id} is unserviceable.", S.Status.ToString());
        }

        if (S.Status == status && tasking.FacilityId == facilityId)
        {
            return S.ToSnapshot();
        }

        await Append(new AircraftTaskingUpdated(incidentId, status, facilityId), context);
        S.Status = status;
        S.Tasking = tasking with { FacilityId = facilityId };
        S.StatusChangedAt = time.GetUtcNow();
        await Save();
        await PublishChanged();
        return S.ToSnapshot();
    }

    public async Task<AircraftSnapshot> ReleaseTasking(string incidentId, bool returning, CommandContext context)
    {
        EnsureRegistered();
        Validation.RequireContext(context);
        if (S.Tasking?.IncidentId != incidentId)
        {
            return S.ToSnapshot();
        }

        var next = S.Status == AircraftStatus.Unserviceable ? AircraftStatus.Unserviceable
            : returning ? AircraftStatus.Returning
            : AircraftStatus.Available;
        await Append(new AircraftReleased(incidentId, next), context);
        S.Tasking = null;
        S.Status = next;
        S.StatusChangedAt = time.GetUtcNow();
        await Save();
        await PublishChanged();
        return S.ToSnapshot();
    }

    private static bool IsFlying(PositionReport report) => report.SpeedKts > 30;

    private void Apply(PositionReport report)
    {
        var last = S.Position;
        S.EnduranceRemainingMinutes = report.EnduranceRemainingMinutes
            ?? (last is not null && IsFlying(report) ? Math.Max(0, S.EnduranceRemainingMinutes - (report.At - last.ReportedAt).TotalMinutes) : S.EnduranceRemainingMinutes);
        S.Position = new AircraftPosition(report.Lat, report.Lon, report.AltitudeM, report.HeadingDeg, report.SpeedKts, report.At);
    }

    private void Remember(string reportId)
    {
        if (!_recentReports.Add(reportId))
        {
            return;
        }

        S.RecentReportIds.Add(reportId);
        if (S.RecentReportIds.Count > RememberedReports)
        {
            _recentReports.Remove(S.RecentReportIds[0]);
            S.RecentReportIds.RemoveAt(0);
        }
    }

    private void EnsureRegistered()
    {
        if (S.Profile is null)
        {
            throw new EntityNotFoundException("aircraft", Id);
        }
    }

    private Task<bool> Append(AircraftEvent @event, CommandContext context) =>
        new EntityStream(events, StreamIds.Aircraft(Id)).TryAppend(EntityStream.Stamp(@event, context, time), S.EventVersion, v => S.EventVersion = v);

    private async Task Save()
    {
        await state.WriteStateAsync();
        _positionUnsaved = false;
    }

    private Task PublishChanged() => Publish(new AircraftChanged(S.ToSnapshot()));

    // The change is recorded by now: a picture that is briefly unreachable must not fail the command.
    private async Task Publish(OpsChange change)
    {
        try
        {
            await GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key).Publish(new[] { change with { At = time.GetUtcNow() } });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Aircraft {AircraftId}: a change was not published", Id);
        }
    }
}

using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Aircraft.Events;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
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
/// One airframe: state in grain storage, every status and tasking change an event in stream "aircraft-{id}".
/// It arbitrates its own tasking (one incident at a time). The logs are the durable record, grain storage a checkpoint:
/// a status or tasking change is acknowledged once its event is recorded (one commit, not an event and then a state
/// write: an approval waits on this grant), and positions once the position log holds them. Grain storage takes both
/// with the next registration or on deactivation, and activation catches up from the event stream (events after the
/// stored version, through <see cref="AircraftState.Apply"/>) and from the position log. Writing grain state for
/// positions (500 aircraft every few seconds) kept SQLite's single writer busy with a transaction and an fsync each.
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
    private bool _unsaved;

    // Both asked for on every position report: the key is decoded into a new string on each call, and GetGrain resolves
    // the interface's grain type by reflection on each call (docs/performance/api.md); neither changes in an activation.
    private string? _id;
    private IPictureGrain? _picture;

    private string Id => _id ??= this.GetPrimaryKeyString();

    private IPictureGrain Picture => _picture ??= GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key);

    private AircraftState S => state.State;

    private EntityStream Stream => new(events, StreamIds.Aircraft(Id));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _recentReports.UnionWith(S.RecentReportIds);
        var caughtUp = await Stream.CatchUp<AircraftEvent>(S.EventVersion, S.Apply, cancellationToken);
        _unsaved = caughtUp != S.EventVersion;
        S.EventVersion = caughtUp;

        if (S.Profile is not null && S.Position is { } stored)
        {
            // Reports acknowledged after the last state write (the process stopped without deactivating): the log has them.
            var newer = await positionLog.ReadTrackAsync(Id, stored.ReportedAt.AddTicks(1), time.GetUtcNow().AddDays(1), cancellationToken);
            foreach (var r in newer)
            {
                Apply(new PositionReport(r.ReportId, r.At, r.Latitude, r.Longitude, r.AltitudeM, r.HeadingDeg, r.SpeedKts));
                _unsaved = true;
            }
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
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
        var registered = EntityStream.Stamp(new AircraftRegistered(profile), context, time);
        if (!await Append(registered) && !isNew)
        {
            return S.ToSnapshot();
        }

        S.Apply(registered);
        // Registration is rare: its state is written at once, so the picture's rebuild never starts from an empty row.
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
            _unsaved = true;
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

        if (!await Record(new AircraftStatusChanged(status, S.Status, note), context))
        {
            return S.ToSnapshot();
        }

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

        // Decided above in this grain's single thread, recorded before the answer: the incident commits only after it.
        if (!await Record(new AircraftTasked(incidentId, facilityId), context))
        {
            // This request granted the aircraft before and the grant was undone since (the incident's write failed).
            throw new CommandConflictException("AIRCRAFT_NOT_AVAILABLE", $"Aircraft {Id} was granted to incident {incidentId} by this request and released since; approve again.", S.Status.ToString());
        }

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

        await Record(new AircraftTaskingUpdated(incidentId, status, facilityId), context);
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
        await Record(new AircraftReleased(incidentId, next), context);
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

    private Task<bool> Append(AircraftEvent stamped) =>
        Stream.TryAppend(stamped, S.EventVersion, v => S.EventVersion = v);

    /// <summary>
    /// Records the change and applies it; false (nothing applied) when its key was recorded before. Grain storage
    /// catches up later (deactivation, next registration) or, after a crash, on activation from the stream.
    /// </summary>
    private async Task<bool> Record(AircraftEvent @event, CommandContext context)
    {
        var stamped = EntityStream.Stamp(@event, context, time);
        if (!await Append(stamped))
        {
            return false;
        }

        S.Apply(stamped);
        _unsaved = true;
        return true;
    }

    private async Task Save()
    {
        await state.WriteStateAsync();
        _unsaved = false;
    }

    private Task PublishChanged() => Publish(new AircraftChanged(S.ToSnapshot()));

    // The change is recorded by now: a picture that is briefly unreachable must not fail the command.
    private async Task Publish(OpsChange change)
    {
        try
        {
            await Picture.Publish(new[] { change with { At = time.GetUtcNow() } });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Aircraft {AircraftId}: a change was not published", Id);
        }
    }
}

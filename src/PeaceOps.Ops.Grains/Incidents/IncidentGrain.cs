using Microsoft.Extensions.Logging;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Grains.EventSourcing;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.Incidents;

/// <summary>
/// One CASEVAC incident, event-sourced in stream "incident-{id}". Every command is validated first (nothing is written
/// for a bad payload), checked against the lifecycle, made idempotent by its key, and only then recorded; side effects
/// on the aircraft happen before the event, so a refused tasking leaves no trace in the incident.
/// </summary>
[LogConsistencyProvider(ProviderName = GrainsRegistration.LogConsistencyProvider)]
public sealed class IncidentGrain(IEventStore events, TimeProvider time, IOptionPlanner planner, ILogger<IncidentGrain> logger)
    : EventSourcedGrain<IncidentState, IncidentEvent>(events, time), IIncidentGrain
{
    // Options older than this are recomputed before an approval: aircraft move, clocks run.
    private static readonly TimeSpan OptionsFreshFor = TimeSpan.FromMinutes(2);

    private IReadOnlyList<TaskingOptionDto>? _shown;

    /// <summary>The options last announced to the dashboards (<see cref="OptionsFingerprint"/>); in memory only.</summary>
    private string? _announcedOptions;
    private DateTimeOffset _shownAt;

    private string Id => this.GetPrimaryKeyString();

    protected override string StreamId => StreamIds.Incident(Id);

    public async Task<IncidentSnapshot> Report(ReportIncident command)
    {
        var now = Time.GetUtcNow();
        NineLineValidator.Validate(command, now);
        if (State.Reported)
        {
            return State.ProcessedKeys.Contains(command.Context.IdempotencyKey)
                ? State.ToSnapshot()
                : throw new CommandConflictException("ALREADY_REPORTED", $"Incident {Id} was already reported by another request.", State.Status.ToString());
        }

        var reported = Stamp(new IncidentReported(Id, command.NineLine, command.InjuredAt ?? now, command.NineLine.Patients.Highest), command.Context);
        if (!await TryCommit(reported))
        {
            return await Report(command);
        }

        await Announce(created: true);
        return State.ToSnapshot();
    }

    public Task<IncidentSnapshot> GetState()
    {
        EnsureReported();
        return Task.FromResult(State.ToSnapshot());
    }

    public async Task<IReadOnlyList<TaskingOptionDto>> GetOptions()
    {
        EnsureReported();
        var options = await ComputeOptions();
        if (State.Status == IncidentStatus.Reported)
        {
            await TryCommit(Stamp(new OptionsProposed(options), CommandContext.System("options-proposed")));
            await Announce(created: false);
        }

        var fingerprint = OptionsFingerprint.Of(options);
        if (fingerprint != _announcedOptions)
        {
            _announcedOptions = fingerprint;
            await Publish(new IncidentOptionsUpdated(Id, options.Count, options.Count > 0 ? options[0] : null));
        }

        return options;
    }

    public async Task<IncidentSnapshot> ApproveTasking(ApproveTasking command)
    {
        Validation.Require(command is not null, "tasking", "The tasking is required.");
        Validation.RequireContext(command!.Context);
        Validation.RequireText(command.AircraftId, "aircraftId");
        Validation.RequireText(command.FacilityId, "facilityId");
        Validation.Require(command.OverrideReason is null || command.OverrideReason.Length <= 1000, "overrideReason", "The override reason is longer than 1000 characters.");
        EnsureReported();
        if (State.ProcessedKeys.Contains(command.Context.IdempotencyKey))
        {
            return State.ToSnapshot();
        }

        IncidentTransitions.EnsureApprovable(State.Status, Id);
        if (_shown is null || Time.GetUtcNow() - _shownAt > OptionsFreshFor)
        {
            await ComputeOptions();
        }

        var shown = _shown!;
        var chosen = shown.FirstOrDefault(o => o.AircraftId == command.AircraftId && o.FacilityId == command.FacilityId)
            ?? throw new CommandRejectedException("aircraftId", $"{command.AircraftId} to {command.FacilityId} is not among the options for incident {Id}.", "NOT_AN_OPTION");
        var overrideReason = string.IsNullOrWhiteSpace(command.OverrideReason) ? null : command.OverrideReason.Trim();
        if (chosen.HasBlockingViolations && overrideReason is null)
        {
            var codes = string.Join(", ", chosen.Violations.Where(v => v.Severity == ViolationSeverity.Blocking).Select(v => v.Code));
            throw new CommandRejectedException("overrideReason", $"The option has blocking violations ({codes}): an override reason is required.", "OVERRIDE_REASON_REQUIRED");
        }

        // The aircraft grain is the arbiter: single-threaded, it grants itself to one incident only.
        var aircraft = GrainFactory.GetGrain<IAircraftGrain>(command.AircraftId);
        await aircraft.AssignTasking(Id, command.FacilityId, Derived(command.Context, "assign"));

        var approved = Stamp(new TaskingApproved(command.AircraftId, command.FacilityId, overrideReason, chosen, shown, _shownAt), command.Context);
        if (!await TryCommit(approved))
        {
            await aircraft.ReleaseTasking(Id, returning: false, Derived(command.Context, "undo-assign"));
            throw new CommandConflictException("CONCURRENT_UPDATE", $"Incident {Id} changed while the tasking was approved; look again.", State.Status.ToString());
        }

        await Announce(created: false);
        return State.ToSnapshot();
    }

    public async Task<IncidentSnapshot> Advance(AdvanceIncident command)
    {
        Validation.Require(command is not null, "milestone", "The lifecycle step is required.");
        Validation.RequireContext(command!.Context);
        Validation.Require(Enum.IsDefined(command.Milestone), "milestone", $"Unknown lifecycle step {command.Milestone}.");
        var needsReason = command.Milestone is IncidentMilestone.Cancelled or IncidentMilestone.Aborted or IncidentMilestone.Diverted;
        if (needsReason)
        {
            Validation.RequireText(command.Reason, "reason", 1000);
        }

        if (command.Milestone == IncidentMilestone.Diverted)
        {
            Validation.RequireText(command.FacilityId, "facilityId");
        }

        EnsureReported();
        if (State.ProcessedKeys.Contains(command.Context.IdempotencyKey))
        {
            return State.ToSnapshot();
        }

        IncidentTransitions.EnsureAllowed(command.Milestone, State.Status, Id);
        var tasking = State.Tasking;
        var context = Derived(command.Context, "aircraft");
        IAircraftGrain? aircraft = tasking is null ? null : GrainFactory.GetGrain<IAircraftGrain>(tasking.AircraftId);
        IncidentEvent step;
        switch (command.Milestone)
        {
            case IncidentMilestone.Launched:
                await aircraft!.UpdateTasking(Id, AircraftStatus.OnMission, tasking!.FacilityId, context);
                step = new AircraftLaunched(tasking.AircraftId);
                break;
            case IncidentMilestone.AtPickup:
                step = new ArrivedAtPickup(tasking!.AircraftId);
                break;
            case IncidentMilestone.PatientsOnBoard:
                step = new PatientsLoaded(tasking!.AircraftId);
                break;
            case IncidentMilestone.AtFacility:
                await aircraft!.ReleaseTasking(Id, returning: true, context);
                step = new HandedOver(tasking!.FacilityId);
                break;
            case IncidentMilestone.Closed:
                step = new IncidentClosed(string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason);
                break;
            case IncidentMilestone.Cancelled:
                if (aircraft is not null)
                {
                    await aircraft.ReleaseTasking(Id, returning: false, context);
                }

                step = new IncidentCancelled(command.Reason!);
                break;
            case IncidentMilestone.Aborted:
                await aircraft!.ReleaseTasking(Id, returning: State.Status != IncidentStatus.Tasked, context);
                step = new MissionAborted(command.Reason!, tasking!.AircraftId);
                break;
            default:
                await EnsureFacilityExists(command.FacilityId!);
                Validation.Require(command.FacilityId != tasking!.FacilityId, "facilityId", $"The flight is already heading to {tasking.FacilityId}.");
                await aircraft!.UpdateTasking(Id, AircraftStatus.OnMission, command.FacilityId!, context);
                step = new MissionDiverted(command.Reason!, command.FacilityId!, tasking.FacilityId);
                break;
        }

        if (!await TryCommit(Stamp(step, command.Context)))
        {
            throw new CommandConflictException("CONCURRENT_UPDATE", $"Incident {Id} changed meanwhile; look again.", State.Status.ToString());
        }

        await Announce(created: false);
        return State.ToSnapshot();
    }

    public async Task<IReadOnlyList<IncidentEventRecord>> GetEvents()
    {
        EnsureReported();
        var records = await EventStore.ReadStreamAsync(StreamId);
        return records
            .Select(r => new IncidentEventRecord(r.Sequence, r.Version, r.Type, r.OccurredAt, r.RecordedAt, r.Actor, r.Data, r.CorrelationId))
            .ToArray();
    }

    public async Task FlagReplan(string reason, string cause, CommandContext context)
    {
        if (!State.IsOpen || State.Tasking is null || context is null || State.ProcessedKeys.Contains(context.IdempotencyKey))
        {
            return;
        }

        var flagged = Stamp(new IncidentFlaggedForReplan(reason, cause), context);
        if (await TryCommit(flagged))
        {
            await Publish(new ReplanFlagged(Id, reason, cause));
            await Announce(created: false);
        }
    }

    private async Task<IReadOnlyList<TaskingOptionDto>> ComputeOptions()
    {
        var picture = await GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture();
        var now = Time.GetUtcNow();
        var options = planner.Plan(Id, State.ToSnapshot(), picture, now);
        _shown = options;
        _shownAt = now;
        return options;
    }

    private async Task EnsureFacilityExists(string facilityId)
    {
        try
        {
            await GrainFactory.GetGrain<IMedicalFacilityGrain>(facilityId).GetSnapshot();
        }
        catch (EntityNotFoundException)
        {
            throw new CommandRejectedException("facilityId", $"No facility '{facilityId}' is known.", "UNKNOWN_FACILITY");
        }
    }

    private void EnsureReported()
    {
        if (!State.Reported)
        {
            throw new EntityNotFoundException("incident", Id);
        }
    }

    private static CommandContext Derived(CommandContext context, string step) =>
        context with { IdempotencyKey = $"{context.IdempotencyKey}:{step}" };

    // The command is recorded by now: telling the mission and the screens is best effort, a failure is logged, not thrown.
    // The mission's index is one-way and in memory (derived from this stream, caught up from the log before it is read),
    // so the command waits for no durable write beyond its own.
    private Task Announce(bool created)
    {
        var summary = State.ToSnapshot().ToSummary();
        Track();
        return Publish(created ? new IncidentCreated(summary) : new IncidentUpdated(summary));
    }

    private void Track()
    {
        try
        {
            _ = GrainFactory.GetGrain<IMissionGrain>(IMissionGrain.Key).TrackIncident(State.ToIndexEntry() with { Version = Version });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Incident {IncidentId}: the mission index was not told (it catches up from the log)", Id);
        }
    }

    private async Task Publish(OpsChange change)
    {
        try
        {
            await GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key).Publish(new[] { change with { At = Time.GetUtcNow() } });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Incident {IncidentId}: a change was not published", Id);
        }
    }
}

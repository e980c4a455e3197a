using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Facilities.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Grains.EventSourcing;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.Facilities;

/// <summary>
/// One medical facility: every status or capacity report an event in stream "facility-{id}". A report reaches every
/// screen through the picture and, when the facility stops accepting, the mission flags the incidents heading there for
/// re-planning. As for aircraft, the stream is the durable record and grain storage a checkpoint: a report is
/// acknowledged once its event is recorded (one commit, not an event and then a state write), grain storage takes it
/// with the next registration or on deactivation, and activation applies the events after the stored version
/// (<see cref="FacilityState.Apply"/>).
/// </summary>
public sealed class MedicalFacilityGrain(
    [PersistentState("facility")] IPersistentState<FacilityState> state,
    IEventStore events,
    TimeProvider time,
    ILogger<MedicalFacilityGrain> logger) : Grain, IMedicalFacilityGrain
{
    private bool _unsaved;

    private string Id => this.GetPrimaryKeyString();

    private FacilityState S => state.State;

    private EntityStream Stream => new(events, StreamIds.Facility(Id));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var caughtUp = await Stream.CatchUp<FacilityEvent>(S.EventVersion, S.Apply, cancellationToken);
        _unsaved = caughtUp != S.EventVersion;
        S.EventVersion = caughtUp;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<FacilitySnapshot> Register(FacilityProfile profile, CommandContext context)
    {
        Validation.Require(profile is not null, "profile", "The facility profile is required.");
        Validation.Require(profile!.Id == Id, "id", $"The profile's id '{profile.Id}' is not this facility's id '{Id}'.");
        Validation.RequireText(profile.Name, "name");
        Validation.Require(Enum.IsDefined(profile.Level), "level", "Unknown level.");
        Validation.Require(profile.Position is not null, "position", "The position is required.");
        Validation.RequireLatLon(profile.Position!.Lat, profile.Position.Lon, "position.");
        Validation.Require(profile.Beds >= 0, "beds", "Beds cannot be negative.");
        Validation.Require(profile.OperatingTables >= 0, "operatingTables", "Operating tables cannot be negative.");
        Validation.RequireContext(context);
        if (S.Profile == profile)
        {
            return S.ToSnapshot();
        }

        var isNew = S.Profile is null;
        var registered = EntityStream.Stamp(new FacilityRegistered(profile), context, time);
        if (!await Append(registered) && !isNew)
        {
            return S.ToSnapshot();
        }

        S.Apply(registered);
        // Registration is rare: its state is written at once, so the picture's rebuild never starts from an empty row.
        await state.WriteStateAsync();
        _unsaved = false;
        if (isNew)
        {
            await GrainFactory.GetGrain<IMissionGrain>(IMissionGrain.Key).EnlistFacility(Id);
        }

        await Publish();
        return S.ToSnapshot();
    }

    public Task<FacilitySnapshot> GetSnapshot()
    {
        EnsureRegistered();
        return Task.FromResult(S.ToSnapshot());
    }

    public async Task<FacilitySnapshot> UpdateStatus(FacilityStatusUpdate update, CommandContext context)
    {
        EnsureRegistered();
        Validation.Require(update is not null, "status", "The status report is required.");
        Validation.Require(Enum.IsDefined(update!.Status), "status", "Unknown status: use open, limited, diverting or closed.");
        Validation.Require(update.AvailableBeds >= 0, "availableBeds", "Available beds cannot be negative.");
        Validation.Require(update.AvailableOperatingTables >= 0, "availableOperatingTables", "Available operating tables cannot be negative.");
        Validation.Require(update.Note is null || update.Note.Length <= 500, "note", "The note is longer than 500 characters.");
        Validation.RequireContext(context);
        var previous = S.Status;
        var reported = EntityStream.Stamp(new FacilityStatusReported(update, previous), context, time);
        if (!await Append(reported))
        {
            return S.ToSnapshot();
        }

        S.Apply(reported);
        _unsaved = true;
        await Publish();
        if (update.Status != previous)
        {
            await GrainFactory.GetGrain<IMissionGrain>(IMissionGrain.Key).FacilityStatusChanged(S.ToSnapshot(), context);
        }

        return S.ToSnapshot();
    }

    private void EnsureRegistered()
    {
        if (S.Profile is null)
        {
            throw new EntityNotFoundException("facility", Id);
        }
    }

    /// <summary>Records the event; false when its key was recorded before (a retry: no second effect).</summary>
    private Task<bool> Append(FacilityEvent stamped) =>
        Stream.TryAppend(stamped, S.EventVersion, v => S.EventVersion = v);

    private async Task Publish()
    {
        try
        {
            var change = new FacilityChanged(S.ToSnapshot()) { At = time.GetUtcNow() };
            await GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key).Publish(new OpsChange[] { change });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Facility {FacilityId}: a change was not published", Id);
        }
    }
}

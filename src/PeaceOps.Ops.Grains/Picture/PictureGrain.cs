using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Grains.Picture;

/// <summary>
/// The live picture and the change stream (GPSTracker's PushNotifierGrain, made one per cluster so that there is one
/// sequence). Published changes apply to the picture at once and wait in a queue; every 50 ms (or at 100 queued) the
/// queue is coalesced (latest position per aircraft), stamped with consecutive sequence numbers and sent to every host
/// observer. The picture is rebuilt from the mission's registry and the grains when this grain activates; the sequence
/// then starts from the clock (µs since 1970), so it keeps increasing across restarts, and the epoch tells clients the
/// gap is real.
/// </summary>
public sealed class PictureGrain(TimeProvider time, ILogger<PictureGrain> logger) : Grain, IPictureGrain
{
    private const int MaxBatch = 100;
    private const int KeptChanges = 10_000;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly OperationsPictureProjection _picture = new();
    private readonly List<OpsChange> _queue = [];
    private readonly LinkedList<OpsChange> _recent = new();
    private readonly Dictionary<IOpsChangeObserver, DateTimeOffset> _observers = [];
    private readonly string _epoch = Guid.NewGuid().ToString("N");
    private long _sequence;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _sequence = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        var mission = await GrainFactory.GetGrain<IMissionGrain>(IMissionGrain.Key).GetSnapshot();
        foreach (var change in MissionChanges(mission))
        {
            _picture.Apply(change);
        }

        var aircraft = await Task.WhenAll(mission.AircraftIds.Select(id => Fetch(() => GrainFactory.GetGrain<IAircraftGrain>(id).GetSnapshot())));
        foreach (var a in aircraft.OfType<AircraftSnapshot>())
        {
            _picture.Apply(new AircraftChanged(a));
        }

        var facilities = await Task.WhenAll(mission.FacilityIds.Select(id => Fetch(() => GrainFactory.GetGrain<IMedicalFacilityGrain>(id).GetSnapshot())));
        foreach (var f in facilities.OfType<FacilitySnapshot>())
        {
            _picture.Apply(new FacilityChanged(f));
        }

        this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions(FlushInterval, FlushInterval) { KeepAlive = true });
    }

    public Task<PictureSnapshot> GetPicture() => Task.FromResult(_picture.ToSnapshot(time.GetUtcNow(), _epoch, _sequence));

    public Task<ChangesSince> GetChangesSince(long afterSequence)
    {
        if (afterSequence >= _sequence)
        {
            return Task.FromResult(new ChangesSince(false, new OpsChangeBatch(_epoch, _sequence + 1, _sequence, Array.Empty<OpsChange>())));
        }

        if (_recent.First is null || _recent.First.Value.Sequence > afterSequence + 1)
        {
            return Task.FromResult(new ChangesSince(true, null));
        }

        var missed = _recent.Where(c => c.Sequence > afterSequence).ToArray();
        return Task.FromResult(new ChangesSince(false, new OpsChangeBatch(_epoch, missed[0].Sequence, missed[^1].Sequence, missed)));
    }

    public Task<TimeSpan> Subscribe(IOpsChangeObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers[observer] = time.GetUtcNow();
        return Task.FromResult(Lease);
    }

    public Task Unsubscribe(IOpsChangeObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Remove(observer);
        return Task.CompletedTask;
    }

    public Task Publish(IReadOnlyList<OpsChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            _picture.Apply(change);
            var index = change.CoalesceKey is { } key ? _queue.FindIndex(c => c.CoalesceKey == key) : -1;
            if (index >= 0)
            {
                _queue[index] = change;
            }
            else
            {
                _queue.Add(change);
            }
        }

        return _queue.Count >= MaxBatch ? Flush(CancellationToken.None) : Task.CompletedTask;
    }

    private Task Flush(CancellationToken cancellationToken)
    {
        if (_queue.Count == 0)
        {
            return Task.CompletedTask;
        }

        var stamped = new OpsChange[_queue.Count];
        for (var i = 0; i < stamped.Length; i++)
        {
            stamped[i] = _queue[i] with { Sequence = ++_sequence };
            _recent.AddLast(stamped[i]);
        }

        _queue.Clear();
        while (_recent.Count > KeptChanges)
        {
            _recent.RemoveFirst();
        }

        var batch = new OpsChangeBatch(_epoch, stamped[0].Sequence, stamped[^1].Sequence, stamped);
        var expiredBefore = time.GetUtcNow() - Lease;
        foreach (var (observer, renewedAt) in _observers.ToArray())
        {
            if (renewedAt < expiredBefore)
            {
                _observers.Remove(observer);
                continue;
            }

            // One-way: a slow or vanished host costs nothing here; its lease lapses if it is gone.
            _ = observer.OnChanges(batch);
        }

        return Task.CompletedTask;
    }

    /// <summary>The mission's registry as the changes that built it, so the rebuilt picture goes through the one projection.</summary>
    private static IEnumerable<OpsChange> MissionChanges(MissionSnapshot mission)
    {
        yield return new MissionSettingsChanged(mission.Settings);
        foreach (var zone in mission.Airspace)
        {
            yield return new AirspaceZoneChanged(zone);
        }

        foreach (var site in mission.LandingSites)
        {
            yield return new LandingSiteChanged(site);
        }

        foreach (var entry in mission.Incidents)
        {
            yield return new IncidentUpdated(entry.Incident);
        }
    }

    private async Task<T?> Fetch<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (EntityNotFoundException ex)
        {
            logger.LogWarning(ex, "Picture rebuild: a registered entity is not known");
            return null;
        }
    }
}

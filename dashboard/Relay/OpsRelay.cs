using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Dashboard.Hub;
using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>
/// This host's end of the fan-out: takes the picture grain's batches from <see cref="OpsChangeObserver"/>, checks their
/// sequences (fetching what it missed, or sending everyone a fresh snapshot), throttles positions per aircraft, keeps a ring
/// of recent batches for <c>Resync</c>, and sends each group of connections the topics it asked for.
/// One gate orders everything a connection receives: its snapshot, live batches and resync answers never interleave.
/// </summary>
public sealed class OpsRelay(
    IHubContext<OpsHub, IOpsClient> hub,
    IGrainFactory grains,
    OpsChangeObserver observer,
    TimeProvider time,
    ILogger<OpsRelay> logger) : BackgroundService
{
    /// <summary>Positions per aircraft reach the screens at most twice a second (in any one-second window).</summary>
    public const int PositionsPerSecond = 2;

    /// <summary>At ~20 batches/s, about a minute of history for Resync.</summary>
    public const int RingCapacity = 1200;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ConnectionGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConnectionGroup> _connections = new(StringComparer.Ordinal);
    private readonly ChangeRing _ring = new(RingCapacity);
    private readonly PositionThrottle _throttle = new(PositionsPerSecond, TimeSpan.FromSeconds(1));
    private string? _epoch;
    private long _lastTo = -1;

    public async Task ConnectAsync(string connectionId, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var picture = await PictureAsync();
            await JoinAsync(connectionId, topics, picture.Sequence);
            await hub.Clients.Client(connectionId).snapshot(picture);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task SubscribeAsync(string connectionId, IReadOnlyList<string> topics, CancellationToken cancellationToken) =>
        ConnectAsync(connectionId, topics, cancellationToken);

    public async Task DisconnectAsync(string connectionId)
    {
        await _gate.WaitAsync();
        try
        {
            if (_connections.Remove(connectionId, out var group))
            {
                group.Members--;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ResyncAsync(string connectionId, long lastSequence, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = hub.Clients.Client(connectionId);
            var missed = _epoch is null ? null : _ring.After(lastSequence);
            if (missed is null || !_connections.TryGetValue(connectionId, out var group))
            {
                await client.snapshot(await PictureAsync());
                return;
            }

            var to = Math.Max(_lastTo, lastSequence);
            await client.changes(new ChangesView(_epoch!, lastSequence + 1, to, missed.Where(c => group.Topics.Contains(ChangeTopics.Of(c.Kind))).ToArray()));
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = observer.Batches;
        var received = new List<OpsChangeBatch>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_throttle.NextDue is { } nextDue)
                {
                    // Wake up when the first held position may go, even when nothing new arrives (a fixed polling
                    // interval added up to that interval to every held position's latency).
                    var wait = reader.WaitToReadAsync(stoppingToken).AsTask();
                    var untilDue = nextDue - time.GetUtcNow();
                    if (untilDue > TimeSpan.Zero)
                    {
                        await Task.WhenAny(wait, Task.Delay(untilDue, time, stoppingToken));
                    }
                }
                else
                {
                    await reader.WaitToReadAsync(stoppingToken);
                }

                received.Clear();
                while (reader.TryRead(out var batch))
                {
                    received.Add(batch);
                }

                await _gate.WaitAsync(stoppingToken);
                try
                {
                    await RelayAsync(received);
                }
                finally
                {
                    _gate.Release();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A failed send or grain call must not stop the stream for everyone; the clients' sequence check recovers.
                logger.LogWarning(ex, "Relaying changes to this host's clients failed");
            }
        }
    }

    private async Task RelayAsync(IReadOnlyList<OpsChangeBatch> received)
    {
        var roundFrom = _lastTo + 1;
        var incoming = new List<OpsChange>();
        var snapshotNeeded = false;
        foreach (var batch in received)
        {
            if (_epoch is null)
            {
                _epoch = batch.Epoch;
                _lastTo = batch.FromSequence - 1;
                roundFrom = batch.FromSequence;
            }

            if (batch.Epoch != _epoch)
            {
                logger.LogInformation("The picture restarted (epoch {Old} → {New}); sending every client a fresh snapshot", _epoch, batch.Epoch);
                _epoch = batch.Epoch;
                _lastTo = batch.ToSequence;
                snapshotNeeded = true;
                continue;
            }

            if (batch.ToSequence <= _lastTo)
            {
                continue;
            }

            if (batch.FromSequence > _lastTo + 1)
            {
                var since = await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).GetChangesSince(_lastTo);
                if (since.SnapshotRequired || since.Batch is null)
                {
                    _lastTo = batch.ToSequence;
                    snapshotNeeded = true;
                    continue;
                }

                incoming.AddRange(since.Batch.Changes.Where(c => c.Sequence > _lastTo && c.Sequence < batch.FromSequence));
            }

            incoming.AddRange(batch.Changes.Where(c => c.Sequence > _lastTo));
            _lastTo = batch.ToSequence;
        }

        if (snapshotNeeded)
        {
            await ResetAllAsync();
            return;
        }

        var now = time.GetUtcNow();
        var latestMove = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var move in incoming.OfType<AircraftMoved>())
        {
            latestMove[move.AircraftId] = move.Sequence;
        }

        var views = _throttle.Apply(
            incoming.Where(c => c is not AircraftMoved m || latestMove[m.AircraftId] == m.Sequence).Select(c => c.ToView()),
            now);
        views.AddRange(_throttle.Due(now));
        if (views.Count == 0 && _lastTo < roundFrom)
        {
            return;
        }

        _ring.Add(new ChangesView(_epoch!, roundFrom, _lastTo, views));
        foreach (var group in _groups.Values.Where(g => g.Members > 0))
        {
            var mine = views.Where(c => group.Topics.Contains(ChangeTopics.Of(c.Kind))).ToArray();
            if (mine.Length == 0)
            {
                continue;
            }

            await hub.Clients.Group(group.Name).changes(new ChangesView(_epoch!, group.LastSent + 1, _lastTo, mine));
            group.LastSent = _lastTo;
        }
    }

    private async Task ResetAllAsync()
    {
        _ring.Clear();
        _throttle.Clear();
        var picture = await PictureAsync();
        _epoch = picture.Epoch;
        _lastTo = Math.Max(_lastTo, picture.Sequence);
        foreach (var group in _groups.Values)
        {
            group.LastSent = _lastTo;
        }

        await hub.Clients.All.snapshot(picture);
    }

    private async Task JoinAsync(string connectionId, IReadOnlyList<string> topics, long snapshotSequence)
    {
        var name = ConnectionGroup.NameFor(topics);
        if (_connections.TryGetValue(connectionId, out var current))
        {
            if (current.Name == name)
            {
                return;
            }

            current.Members--;
            await hub.Groups.RemoveFromGroupAsync(connectionId, current.Name);
        }

        if (!_groups.TryGetValue(name, out var group))
        {
            group = new ConnectionGroup(name, topics.ToHashSet(StringComparer.Ordinal), _epoch is null ? snapshotSequence : _lastTo);
            _groups[name] = group;
        }
        else if (group.Members == 0)
        {
            group.LastSent = _epoch is null ? snapshotSequence : _lastTo;
        }

        group.Members++;
        _connections[connectionId] = group;
        await hub.Groups.AddToGroupAsync(connectionId, name);
    }

    private async Task<PictureView> PictureAsync() =>
        (await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture()).ToView();

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}

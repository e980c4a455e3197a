using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.Playback;

/// <summary>
/// Plays the recorded changes of a period back to one client at a chosen speed, with pause, seek and stop. It starts
/// from the picture at the start (the same projection as live) and then streams the event log and the position log
/// merged in time order, a batch per tick, positions coalesced per aircraft as the live stream does. It only reads.
/// </summary>
public sealed class ReplaySession(
    PictureAtTime pictures,
    IEventStore events,
    PositionHistory positions,
    TimeProvider time,
    ReplayRequest request)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _seekTo;
    private bool _paused;

    /// <summary>How often a batch goes out (wall time).</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMilliseconds(100);

    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            _paused = false;
        }
    }

    /// <summary>Jumps to <paramref name="to"/> (clamped to the period): the client gets the picture there, then the changes after it.</summary>
    public void Seek(DateTimeOffset to)
    {
        lock (_gate)
        {
            _seekTo = to < request.From ? request.From : to > request.To ? request.To : to;
        }
    }

    public async Task RunAsync(Func<ReplayFrame, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var cursor = request.From;
        while (!cancellationToken.IsCancellationRequested)
        {
            var projection = await pictures.FoldEventsAsync(cursor, cancellationToken);
            foreach (var recorded in await positions.LatestAtOrBeforeAsync(cursor, cancellationToken))
            {
                projection.Move(recorded.AircraftId, recorded.Position);
            }

            await send(new ReplayFrame(ReplayFrame.SnapshotKind, cursor, projection.ToSnapshot(cursor, PictureAtTime.Epoch), []), cancellationToken);
            var seek = await PlayFromAsync(projection, cursor, send, cancellationToken);
            if (seek is null)
            {
                await send(new ReplayFrame(ReplayFrame.EndedKind, request.To, null, []), cancellationToken);
                return;
            }

            cursor = seek.Value;
        }
    }

    /// <summary>Plays from <paramref name="cursor"/> to the end; returns the seek target when a seek interrupts it.</summary>
    private async Task<DateTimeOffset?> PlayFromAsync(OperationsPictureProjection projection, DateTimeOffset cursor, Func<ReplayFrame, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        await using var merged = Merge(projection, cursor, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasNext = await merged.MoveNextAsync();
        var replayTime = cursor;
        var lastTick = time.GetTimestamp();
        while (true)
        {
            await Task.Delay(Tick, time, cancellationToken);
            bool paused;
            lock (_gate)
            {
                if (_seekTo is { } target)
                {
                    _seekTo = null;
                    return target;
                }

                paused = _paused;
            }

            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(lastTick, now);
            lastTick = now;
            if (paused)
            {
                continue;
            }

            replayTime += elapsed * request.Speed;
            if (replayTime > request.To)
            {
                replayTime = request.To;
            }

            var batch = new List<OpsChange>();
            var moved = new Dictionary<string, int>(StringComparer.Ordinal);
            while (hasNext && merged.Current.At <= replayTime)
            {
                var change = merged.Current;
                if (change.CoalesceKey is { } key && moved.TryGetValue(key, out var index))
                {
                    batch[index] = change;
                }
                else
                {
                    if (change.CoalesceKey is { } newKey)
                    {
                        moved[newKey] = batch.Count;
                    }

                    batch.Add(change);
                }

                hasNext = await merged.MoveNextAsync();
            }

            if (batch.Count > 0)
            {
                await send(new ReplayFrame(ReplayFrame.ChangesKind, replayTime, null, batch), cancellationToken);
            }

            if (replayTime >= request.To || (!hasNext && replayTime >= request.To))
            {
                return null;
            }
        }
    }

    /// <summary>The recorded changes after <paramref name="cursor"/> up to the end, events and positions merged by time.</summary>
    internal async IAsyncEnumerable<OpsChange> Merge(OperationsPictureProjection projection, DateTimeOffset cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var recorded = events.ReplayAsync(projection.Sequence, long.MaxValue, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var reported = positions.ReadBetweenAsync(cursor, request.To, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasEvent = await NextEventAsync(recorded, cursor);
        var hasPosition = await reported.MoveNextAsync();
        while (hasEvent || hasPosition)
        {
            if (hasEvent && (!hasPosition || recorded.Current.RecordedAt <= reported.Current.Position.ReportedAt))
            {
                var e = recorded.Current;
                if (RecordedEventFold.ToChange(projection, e) is { } change)
                {
                    var stamped = change with { Sequence = e.Sequence, At = e.RecordedAt };
                    projection.Apply(stamped);
                    yield return stamped;
                }

                hasEvent = await NextEventAsync(recorded, cursor);
            }
            else
            {
                var p = reported.Current;
                projection.Move(p.AircraftId, p.Position);
                var current = projection.FindAircraft(p.AircraftId);
                yield return new AircraftMoved(p.AircraftId, p.Position, current?.EnduranceRemainingMinutes ?? 0) { At = p.Position.ReportedAt };
                hasPosition = await reported.MoveNextAsync();
            }
        }
    }

    private async Task<bool> NextEventAsync(IAsyncEnumerator<RecordedEvent> recorded, DateTimeOffset cursor)
    {
        while (await recorded.MoveNextAsync())
        {
            if (recorded.Current.RecordedAt > request.To)
            {
                return false;
            }

            if (recorded.Current.RecordedAt > cursor)
            {
                return true;
            }
        }

        return false;
    }
}

using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.Picture;

/// <summary>
/// The operations picture as it was at a moment: the nearest earlier snapshot, the events recorded after it up to the
/// moment folded through <see cref="OperationsPictureProjection"/>, then each aircraft's latest position at or before
/// the moment from the position log. An event counts from when it was recorded: that is when the screens showed it.
/// Reads only; when it had to fold many events it leaves a snapshot behind so the next jump nearby is fast.
/// </summary>
public sealed class PictureAtTime(IEventStore events, PositionHistory positions, PictureSnapshotStore snapshots)
{
    public const string Epoch = "replay";

    /// <summary>Folding more events than this to answer one request leaves a snapshot behind.</summary>
    public int SnapshotAfterEvents { get; init; } = 2_000;

    public async Task<PictureSnapshot> AtAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var projection = await FoldEventsAsync(at, cancellationToken);
        foreach (var recorded in await positions.LatestAtOrBeforeAsync(at, cancellationToken))
        {
            projection.Move(recorded.AircraftId, recorded.Position);
        }

        return projection.ToSnapshot(at, Epoch);
    }

    /// <summary>The events-only picture at <paramref name="at"/> (positions as the events left them).</summary>
    public async Task<OperationsPictureProjection> FoldEventsAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.FindLatestAtOrBeforeAsync(at, cancellationToken);
        var projection = snapshot is null ? new OperationsPictureProjection() : OperationsPictureProjection.From(snapshot);
        var folded = 0;
        RecordedEvent? last = null;
        await foreach (var recorded in events.ReplayAsync(projection.Sequence, long.MaxValue, cancellationToken))
        {
            if (recorded.RecordedAt > at)
            {
                break;
            }

            RecordedEventFold.Apply(projection, recorded);
            last = recorded;
            folded++;
        }

        if (folded >= SnapshotAfterEvents && last is not null)
        {
            // Stamped with the last event read, folded or not, so the next fold starts right after it.
            await snapshots.SaveAsync(projection.ToSnapshot(last.RecordedAt, Epoch) with { Sequence = last.Sequence }, cancellationToken);
        }

        return projection;
    }

    /// <summary>When the log's first event was recorded; null while the log is empty.</summary>
    public async Task<DateTimeOffset?> LogStartAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var first in events.ReplayAsync(0, long.MaxValue, cancellationToken))
        {
            return first.RecordedAt;
        }

        return null;
    }
}

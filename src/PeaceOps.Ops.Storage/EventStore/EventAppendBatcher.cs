using PeaceOps.Ops.Storage.GroupCommit;

namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>
/// Group commit for the event log: appends from many callers share one transaction (and one fsync), each caller's
/// task completing when its events are durable, with exactly the outcome a lone <see cref="IEventStore.AppendAsync"/>
/// would have had (a refused append does not hold back the others in its group). Reads go straight to the store.
/// Register it as the <see cref="IEventStore"/> where many grains append at once.
/// </summary>
public sealed class EventAppendBatcher : IEventStore, IAsyncDisposable
{
    private readonly SqlEventStore _store;
    private readonly GroupCommitQueue<AppendRequest, long> _queue;

    // The timer drives MaxDelay only; the store's own clock stamps recorded_at.
    public EventAppendBatcher(SqlEventStore store, GroupCommitOptions? options = null, TimeProvider? timer = null)
    {
        _store = store;
        _queue = new GroupCommitQueue<AppendRequest, long>(WriteAsync, r => r.Events.Count, options ?? new GroupCommitOptions(), timer ?? TimeProvider.System);
    }

    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default)
    {
        var request = new AppendRequest(streamId, expectedVersion, events);
        // A malformed append is refused here, so that it never shares (and fails) a transaction with others.
        request.Validate();
        return _queue.EnqueueAsync(request, cancellationToken);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        _store.ReadStreamAsync(streamId, afterVersion, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
        _store.ReadAllAsync(afterSequence, maxCount, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadByTimeAsync(DateTimeOffset from, DateTimeOffset to, int maxCount, CancellationToken cancellationToken = default) =>
        _store.ReadByTimeAsync(from, to, maxCount, cancellationToken);

    public Task<RecordedEvent?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        _store.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken);

    public IAsyncEnumerable<RecordedEvent> ReplayAsync(long afterSequence = 0, long upToSequence = long.MaxValue, CancellationToken cancellationToken = default) =>
        _store.ReplayAsync(afterSequence, upToSequence, cancellationToken);

    public Task<long> ReadLastSequenceAsync(CancellationToken cancellationToken = default) => _store.ReadLastSequenceAsync(cancellationToken);

    /// <summary>Writes everything already accepted, then stops.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private async Task<IReadOnlyList<GroupOutcome<long>>> WriteAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken)
    {
        var outcomes = await _store.AppendGroupAsync(requests, cancellationToken);
        return outcomes.Select(o => new GroupOutcome<long>(o.Version, o.Error)).ToList();
    }
}

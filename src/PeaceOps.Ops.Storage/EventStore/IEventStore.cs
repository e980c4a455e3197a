namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>
/// The append-only event log (Marten's proven shape): a global sequence, streams with a version that is
/// unique per stream (optimistic concurrency), JSON payloads, who did it and why (correlation/causation),
/// and an idempotency key so that a retried command is recorded once.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> in one transaction, provided the stream is
    /// still at <paramref name="expectedVersion"/> (0 for a new stream). Throws <see cref="ConcurrencyException"/>
    /// otherwise. Returns the stream's new version.
    /// </summary>
    Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Events of one stream with version greater than <paramref name="afterVersion"/>, in order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>Events across all streams with global sequence greater than <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Events that occurred in [<paramref name="from"/>, <paramref name="to"/>), in global sequence order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadByTimeAsync(DateTimeOffset from, DateTimeOffset to, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The event recorded earlier with this idempotency key, if any.</summary>
    Task<RecordedEvent?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default);
}

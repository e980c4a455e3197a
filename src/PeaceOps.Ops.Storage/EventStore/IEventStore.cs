namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>
/// The append-only event log (Marten's proven shape): a global sequence, streams with a version that is
/// unique per stream (optimistic concurrency), JSON payloads, who did it and why (correlation/causation),
/// and an idempotency key so that a retried command is recorded once.
/// </summary>
/// <remarks>
/// Idempotency keys are unique across the whole log (not per stream). An append that carries a key already
/// recorded writes nothing and throws <see cref="DuplicateIdempotencyKeyException"/> holding the earlier event;
/// this check comes before the version check, so a retry after a lost reply is recognised as a retry even though
/// the stream has since moved on. Grain code: catch it and answer with the first attempt's result.
/// Times are kept to the microsecond, in UTC; <see cref="RecordedEvent.RecordedAt"/> comes from the store's
/// <see cref="TimeProvider"/>. Global sequence order is commit order (writers are serialised), so a reader that
/// follows the log by sequence never misses an event that commits later with a lower number.
/// </remarks>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> in one transaction, provided the stream is
    /// still at <paramref name="expectedVersion"/> (0 for a new stream). Throws <see cref="ConcurrencyException"/>
    /// otherwise, and <see cref="DuplicateIdempotencyKeyException"/> when an event's idempotency key is already in
    /// the log; either way nothing is written. Returns the stream's new version.
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

    /// <summary>
    /// The log in global order from after <paramref name="afterSequence"/> up to and including
    /// <paramref name="upToSequence"/>, streamed from one query (for replay: no page-by-page round trips,
    /// nothing held in memory).
    /// </summary>
    IAsyncEnumerable<RecordedEvent> ReplayAsync(long afterSequence = 0, long upToSequence = long.MaxValue, CancellationToken cancellationToken = default);

    /// <summary>The global sequence of the newest event (0 when the log is empty).</summary>
    Task<long> ReadLastSequenceAsync(CancellationToken cancellationToken = default);
}

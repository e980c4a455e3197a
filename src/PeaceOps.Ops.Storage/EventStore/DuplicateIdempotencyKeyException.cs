namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>
/// An event with this idempotency key is already in the log: the command was carried out before (a retry after a
/// lost reply). Nothing of the refused append was written; <see cref="Existing"/> is the earlier event, so the
/// caller can answer the retry with the first attempt's result.
/// </summary>
public sealed class DuplicateIdempotencyKeyException(RecordedEvent existing)
    : Exception($"Idempotency key '{existing.IdempotencyKey}' was already recorded as event {existing.Sequence} ({existing.Type}) in stream '{existing.StreamId}' at version {existing.Version}.")
{
    public RecordedEvent Existing { get; } = existing;

    public string IdempotencyKey => Existing.IdempotencyKey!;
}

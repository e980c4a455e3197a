namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>One caller's append: the events to add to a stream that must still be at <paramref name="ExpectedVersion"/>.</summary>
public sealed record AppendRequest(string StreamId, long ExpectedVersion, IReadOnlyList<NewEvent> Events)
{
    /// <summary>Refuses a malformed append before it reaches the database (so it never shares a transaction).</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(StreamId, nameof(StreamId));
        ArgumentOutOfRangeException.ThrowIfNegative(ExpectedVersion, nameof(ExpectedVersion));
        ArgumentNullException.ThrowIfNull(Events, nameof(Events));
        if (Events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(Events));
        }

        // Most appends carry one event: no set is needed to spot a key given twice.
        var keys = Events.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var e in Events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(Events));
            ArgumentException.ThrowIfNullOrWhiteSpace(e.Type, nameof(NewEvent.Type));
            ArgumentException.ThrowIfNullOrWhiteSpace(e.Data, nameof(NewEvent.Data));
            ArgumentException.ThrowIfNullOrWhiteSpace(e.Actor, nameof(NewEvent.Actor));
            if (e.IdempotencyKey is not null && keys is not null && !keys.Add(e.IdempotencyKey))
            {
                throw new ArgumentException($"Idempotency key '{e.IdempotencyKey}' appears twice in one append; give each event its own key.", nameof(Events));
            }
        }
    }
}

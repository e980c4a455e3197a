using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.EventSourcing;

/// <summary>
/// A JournaledGrain whose log is one stream of the product's event store (CustomStorage log consistency).
/// Commands raise events conditionally: a write that meets a moved stream (or an idempotency key already recorded)
/// is refused rather than retried blindly, the state is reloaded and the command decides again.
/// Idempotency keys are stored as "{stream}:{key}" because the log keeps them unique across all streams.
/// Activation reads the stream once: JournaledGrain's own OnActivateAsync waits for that read, so no command sees an
/// empty state (a second refresh there cost a new incident a second read before its first command).
/// </summary>
public abstract class EventSourcedGrain<TState, TEvent> : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, IProjection<TEvent>, new()
    where TEvent : OpsEvent
{
    private readonly IEventStore _events;

    protected EventSourcedGrain(IEventStore events, TimeProvider time)
    {
        _events = events;
        Time = time;
    }

    protected TimeProvider Time { get; }

    protected IEventStore EventStore => _events;

    protected abstract string StreamId { get; }

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        var records = await _events.ReadStreamAsync(StreamId);
        var state = new TState();
        foreach (var record in records)
        {
            if (OpsEventJson.Deserialize(record.Type, record.Data) is TEvent @event)
            {
                state.Apply(@event);
            }
        }

        return new KeyValuePair<int, TState>(records.Count == 0 ? 0 : checked((int)records[^1].Version), state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var rows = updates.Select(e => new NewEvent(
            OpsEventJson.TypeName(e),
            OpsEventJson.Serialize(e),
            e.OccurredAt,
            e.Actor,
            e.CorrelationId,
            null,
            e.IdempotencyKey is { } key && seenKeys.Add(key) ? $"{StreamId}:{key}" : null)).ToList();
        try
        {
            await _events.AppendAsync(StreamId, expectedVersion, rows);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
        catch (DuplicateIdempotencyKeyException)
        {
            return false;
        }
    }

    protected override void TransitionState(TState state, TEvent @event) => state.Apply(@event);

    /// <summary>Raises the events as one conditional write; false when the stream moved meanwhile (the state is then reloaded).</summary>
    protected async Task<bool> TryCommit(params TEvent[] events)
    {
        var written = await RaiseConditionalEvents(events);
        if (!written)
        {
            await RefreshNow();
        }

        return written;
    }

    /// <summary>Stamps an event with the command's who/why/key and the grain's clock.</summary>
    protected T Stamp<T>(T @event, CommandContext context)
        where T : TEvent => @event with
        {
            OccurredAt = Time.GetUtcNow(),
            Actor = context.Actor,
            CorrelationId = context.CorrelationId,
            IdempotencyKey = context.IdempotencyKey,
        };
}

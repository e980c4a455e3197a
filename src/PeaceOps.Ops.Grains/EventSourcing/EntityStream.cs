using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.EventSourcing;

/// <summary>
/// Appends the status events of a grain that keeps its state in grain storage (aircraft, facility). Only the grain's one
/// activation writes the stream; a stale version (state write lost after an append) is corrected from the store.
/// </summary>
public sealed class EntityStream(IEventStore events, string streamId)
{
    /// <summary>Appends the event; false when its idempotency key was recorded before (a retry: no second effect).</summary>
    public async Task<bool> TryAppend(OpsEvent @event, long knownVersion, Action<long> versionAfter)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(versionAfter);
        var row = new NewEvent(
            OpsEventJson.TypeName(@event),
            OpsEventJson.Serialize(@event),
            @event.OccurredAt,
            @event.Actor,
            @event.CorrelationId,
            null,
            @event.IdempotencyKey is { } key ? $"{streamId}:{key}" : null);
        try
        {
            versionAfter(await events.AppendAsync(streamId, knownVersion, [row]));
            return true;
        }
        catch (ConcurrencyException conflict)
        {
            versionAfter(await events.AppendAsync(streamId, conflict.ActualVersion, [row]));
            return true;
        }
        catch (DuplicateIdempotencyKeyException)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies the events recorded after <paramref name="knownVersion"/>: those acknowledged after the grain's last state
    /// write, which the stream (the durable record) has. Returns the stream's version, or <paramref name="knownVersion"/>
    /// when there were none.
    /// </summary>
    public async Task<long> CatchUp<TEvent>(long knownVersion, Action<TEvent> apply, CancellationToken cancellationToken)
        where TEvent : OpsEvent
    {
        ArgumentNullException.ThrowIfNull(apply);
        var version = knownVersion;
        foreach (var recorded in await events.ReadStreamAsync(streamId, knownVersion, cancellationToken))
        {
            if (OpsEventJson.Deserialize(recorded.Type, recorded.Data) is TEvent @event)
            {
                apply(@event);
            }

            version = recorded.Version;
        }

        return version;
    }

    public static T Stamp<T>(T @event, CommandContext context, TimeProvider time)
        where T : OpsEvent => @event with
        {
            OccurredAt = time.GetUtcNow(),
            Actor = context.Actor,
            CorrelationId = context.CorrelationId,
            IdempotencyKey = context.IdempotencyKey,
        };
}

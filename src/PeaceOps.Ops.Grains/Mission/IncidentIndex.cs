using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Grains.Incidents;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.Mission;

/// <summary>
/// The mission's index of incidents: a projection of the incidents' own streams, held in memory, never written. Incidents
/// tell it of each recorded change one-way (so no incident command waits for a second durable write), and before the index
/// is read it catches up from the event log by global sequence (commit order), re-reading only the streams whose newest
/// version it has not seen. A lost notification therefore costs a stream read, never a wrong answer; a late or repeated one
/// is ignored because entries only move forward by stream version. Built from the log when the mission activates.
/// </summary>
/// <remarks>Not thread-safe beyond a grain's turns: the grain applies notifications; catch-ups queue on one gate.</remarks>
internal sealed class IncidentIndex(IEventStore events)
{
    private const int Page = 1000;

    private readonly Dictionary<string, IncidentIndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _catchUpGate = new(1, 1);
    private long _checkedUpTo;

    /// <summary>Every incident, oldest casualty first (the 10-1-2 clocks run from the injury).</summary>
    public IReadOnlyList<IncidentIndexEntry> Entries =>
        [.. _entries.Values.OrderBy(e => e.Incident.InjuredAt).ThenBy(e => e.IncidentId, StringComparer.Ordinal)];

    /// <summary>Takes the entry unless the index already holds this incident at the same or a later version.</summary>
    public bool Apply(IncidentIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_entries.TryGetValue(entry.IncidentId, out var known) && known.Version >= entry.Version)
        {
            return false;
        }

        _entries[entry.IncidentId] = entry;
        return true;
    }

    /// <summary>Brings the index up to everything committed to the log so far.</summary>
    public async Task CatchUp(CancellationToken cancellationToken = default)
    {
        await _catchUpGate.WaitAsync(cancellationToken);
        try
        {
            var newest = new Dictionary<string, long>(StringComparer.Ordinal);
            while (true)
            {
                var page = await events.ReadAllAsync(_checkedUpTo, Page, cancellationToken);
                foreach (var recorded in page)
                {
                    if (StreamIds.IsIncident(recorded.StreamId))
                    {
                        var id = StreamIds.EntityId(recorded.StreamId);
                        newest[id] = Math.Max(newest.GetValueOrDefault(id), recorded.Version);
                    }
                }

                if (page.Count > 0)
                {
                    _checkedUpTo = page[^1].Sequence;
                }

                if (page.Count < Page)
                {
                    break;
                }
            }

            foreach (var (id, version) in newest)
            {
                if (_entries.TryGetValue(id, out var known) && known.Version >= version)
                {
                    continue;
                }

                if (await Read(id, cancellationToken) is { } entry)
                {
                    Apply(entry);
                }
            }
        }
        finally
        {
            _catchUpGate.Release();
        }
    }

    private async Task<IncidentIndexEntry?> Read(string incidentId, CancellationToken cancellationToken)
    {
        var records = await events.ReadStreamAsync(StreamIds.Incident(incidentId), 0, cancellationToken);
        var state = new IncidentState();
        foreach (var record in records)
        {
            if (OpsEventJson.Deserialize(record.Type, record.Data) is IncidentEvent @event)
            {
                state.Apply(@event);
            }
        }

        return state.Reported ? state.ToIndexEntry() with { Version = records[^1].Version } : null;
    }
}

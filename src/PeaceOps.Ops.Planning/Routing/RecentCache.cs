using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A thread-safe cache that, when full, drops its least recently used half. The routing caches hold entries for
/// fixed sites (bases, helipads), used by every incident, next to one-off entries for each incident's pickup and
/// airborne positions; clearing everything when full recomputed all fixed-site entries at once, a latency spike
/// every hundred or so incidents.
/// </summary>
internal sealed class RecentCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _clock;

    public bool ContainsKey(TKey key) => _entries.ContainsKey(key);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        MakeRoom();
        _entries[key] = new Entry(value) { LastUsed = Interlocked.Increment(ref _clock) };
    }

    /// <summary>The value kept for the key, or the one <paramref name="create"/> makes; when threads race, all get the one stored.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (TryGet(key, out var known))
        {
            return known;
        }

        MakeRoom();
        var entry = _entries.GetOrAdd(key, static (k, make) => new Entry(make(k)), create);
        entry.LastUsed = Interlocked.Increment(ref _clock);
        return entry.Value;
    }

    private void MakeRoom()
    {
        if (_entries.Count >= capacity)
        {
            var snapshot = _entries.ToArray();
            Array.Sort(snapshot, static (x, y) => x.Value.LastUsed.CompareTo(y.Value.LastUsed));
            for (var i = 0; i < snapshot.Length / 2; i++)
            {
                _entries.TryRemove(snapshot[i].Key, out _);
            }
        }
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;

        public long LastUsed { get; set; }
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// Which event carries each idempotency key of one SQLite event log, held in memory in place of a unique index
/// (migration 0006 says why). The log stays the record: the map is only ever filled from it, by reading the keys
/// of events after the last one it knows, so it cannot hold a key the log does not. Catching up inside the write
/// transaction makes it complete for that transaction's checks, whoever else (another store, another process)
/// wrote before: SQLite has one writer at a time and AUTOINCREMENT sequences are never reused, so the events a
/// later writer commits always come after every committed event. (PostgreSQL, with concurrent writers whose
/// sequences commit out of order, keeps its unique index.)
/// </summary>
/// <remarks>
/// The map holds a 64-bit hash of each key, not the key (about 30 bytes per event instead of 100 or more), so a
/// hit is a candidate: the caller confirms it against the key stored with the event.
/// </remarks>
internal sealed class IdempotencyKeyMap
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, long> _sequenceByKeyHash = [];
    private readonly Func<string, ulong> _hash;

    // Every event with a key and a sequence up to here is in the map.
    private long _knownThrough;

    public IdempotencyKeyMap()
        : this(key => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan())))
    {
    }

    /// <summary>With another hash: tests force collisions with it.</summary>
    internal IdempotencyKeyMap(Func<string, ulong> hash) => _hash = hash;

    public long KnownThrough
    {
        get
        {
            lock (_lock)
            {
                return _knownThrough;
            }
        }
    }

    /// <summary>Takes in the keys of every event after <see cref="KnownThrough"/> as read then, in sequence order.</summary>
    public void CatchUp(IReadOnlyList<(long Sequence, string Key)> keys)
    {
        lock (_lock)
        {
            foreach (var (sequence, key) in keys)
            {
                // Keep the first event for a hash: a later key with the same hash is a collision, found by the
                // caller's check against the stored key, never a second event for the same key.
                _sequenceByKeyHash.TryAdd(_hash(key), sequence);
            }

            // Another catch-up may have gone further meanwhile. Both read the whole log after a point the map
            // already covered (after <= _knownThrough), so the map now covers the further of the two.
            if (keys.Count > 0)
            {
                _knownThrough = Math.Max(_knownThrough, keys[^1].Sequence);
            }
        }
    }

    /// <summary>The sequence of the event that may carry <paramref name="key"/>, or null when none does.</summary>
    public long? Candidate(string key)
    {
        lock (_lock)
        {
            return _sequenceByKeyHash.TryGetValue(_hash(key), out var sequence) ? sequence : null;
        }
    }
}

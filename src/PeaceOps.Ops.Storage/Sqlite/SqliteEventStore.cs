using System.Data.Common;
using Microsoft.Data.Sqlite;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// The event log in the embedded SQLite file. A group's checks and inserts run as statements prepared once per
/// group on the native handle (<see cref="SqliteStatement"/>) and re-run per row: in-process there is no round trip
/// to save, so the cost that matters is per-row CPU, and binding by position keeps it to SQLite's own work.
/// Idempotency keys are checked against <see cref="IdempotencyKeyMap"/>, not a unique index.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly IdempotencyKeyMap _keys;

    public SqliteEventStore(SqliteDatabase database, TimeProvider timeProvider)
        : this(database, timeProvider, new IdempotencyKeyMap())
    {
    }

    internal SqliteEventStore(SqliteDatabase database, TimeProvider timeProvider, IdempotencyKeyMap keys)
        : base(database, timeProvider) => _keys = keys;

    private protected override Task<Dictionary<string, long>> ReadStreamVersionsAsync(WriteSession session, IReadOnlyList<string> streamIds, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, long>(streamIds.Count, StringComparer.Ordinal);
        using var statement = new SqliteStatement((SqliteConnection)session.Connection, "SELECT version FROM events WHERE stream_id = ?1 ORDER BY version DESC LIMIT 1");
        foreach (var streamId in streamIds)
        {
            statement.Bind(1, streamId);
            if (statement.QueryInt64() is { } version)
            {
                versions[streamId] = version;
            }
        }

        return Task.FromResult(versions);
    }

    public override async Task<RecordedEvent?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var found = await FindRecordedAsync((SqliteConnection)connection, null, [idempotencyKey], cancellationToken);
        return found.GetValueOrDefault(idempotencyKey);
    }

    private protected override Task<Dictionary<string, RecordedEvent>> FindByIdempotencyKeysAsync(WriteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        FindRecordedAsync((SqliteConnection)session.Connection, session.Transaction, keys, cancellationToken);

    // Served by the index of migration 0006 alone: a seek to where the map left off, then the new keys in order.
    internal const string NewKeysSql = "SELECT sequence, idempotency_key FROM events WHERE sequence > @after AND idempotency_key IS NOT NULL ORDER BY sequence";

    // Inside a write transaction the catch-up sees every committed event, so the map is complete for its checks;
    // outside one it is as complete as the snapshot the connection reads, as any read is.
    private async Task<Dictionary<string, RecordedEvent>> FindRecordedAsync(SqliteConnection connection, DbTransaction? transaction, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        using (var newKeys = new SqliteStatement(connection, NewKeysSql))
        {
            newKeys.Bind(1, _keys.KnownThrough);
            _keys.CatchUp(newKeys.QueryInt64TextPairs());
        }

        var found = new Dictionary<string, RecordedEvent>(StringComparer.Ordinal);
        var candidates = keys.Select(k => (Key: k, Sequence: _keys.Candidate(k))).Where(c => c.Sequence is not null).ToList();
        if (candidates.Count == 0)
        {
            // The usual case: a key already in the log is rare (a retry after a lost reply).
            return found;
        }

        await using var bySequence = CreateCommand(connection, transaction, $"SELECT {Columns} FROM events WHERE sequence = @sequence", [("sequence", 0L)]);
        await using var byKey = CreateCommand(connection, transaction, $"SELECT {Columns} FROM events WHERE idempotency_key = @key", [("key", "")]);
        foreach (var (key, sequence) in candidates)
        {
            bySequence.Parameters[0].Value = sequence;
            var recorded = (await ReadEventsAsync(bySequence, cancellationToken)).SingleOrDefault();
            if (recorded?.IdempotencyKey != key)
            {
                // Another key with the same 64-bit hash (about one chance in 10^7 in a log of a million keyed
                // events): ask the log itself. Without an index on the key this reads the whole log, which is
                // why it is only the answer to a collision.
                byKey.Parameters[0].Value = key;
                recorded = (await ReadEventsAsync(byKey, cancellationToken)).SingleOrDefault();
            }

            if (recorded is not null)
            {
                found[key] = recorded;
            }
        }

        return found;
    }

    private protected override Task InsertAsync(WriteSession session, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        using var insert = new SqliteStatement(
            (SqliteConnection)session.Connection,
            """
            INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor, correlation_id, causation_id, idempotency_key)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """);
        foreach (var row in rows)
        {
            insert.Bind(1, row.StreamId);
            insert.Bind(2, row.Version);
            insert.Bind(3, row.Event.Type);
            insert.Bind(4, row.Event.Data);
            insert.Bind(5, Microseconds.ToUnix(row.OccurredAt));
            insert.Bind(6, Microseconds.ToUnix(row.RecordedAt));
            insert.Bind(7, row.Event.Actor);
            insert.Bind(8, row.Event.CorrelationId);
            insert.Bind(9, row.Event.CausationId);
            insert.Bind(10, row.Event.IdempotencyKey);
            insert.Execute();
        }

        return Task.CompletedTask;
    }

    private protected override UniqueViolation ClassifyUniqueViolation(DbException exception) => exception switch
    {
        // SQLITE_CONSTRAINT; the message names the columns of the violated index.
        SqliteException { SqliteErrorCode: 19 } e when e.Message.Contains("events.stream_id", StringComparison.Ordinal) => UniqueViolation.StreamVersion,
        _ => UniqueViolation.None,
    };

    // The index is on the second (migration 0005): narrow to the seconds, then test the microseconds. Integer
    // division is monotonic, so no event in range is left out, whatever the sign of the time.
    internal const string OccurredBetweenSql =
        "occurred_at / 1000000 >= @from / 1000000 AND occurred_at / 1000000 <= @to / 1000000 AND occurred_at >= @from AND occurred_at < @to";

    private protected override string OccurredBetween => OccurredBetweenSql;

    private protected override object TimeParameter(DateTimeOffset value) => Microseconds.ToUnix(value);

    private protected override RecordedEvent ReadEvent(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        reader.GetString(4),
        Microseconds.FromUnix(reader.GetInt64(5)),
        Microseconds.FromUnix(reader.GetInt64(6)),
        reader.GetString(7),
        NullableString(reader, 8),
        NullableString(reader, 9),
        NullableString(reader, 10));
}

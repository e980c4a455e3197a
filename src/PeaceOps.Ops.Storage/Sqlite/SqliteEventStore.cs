using System.Data.Common;
using Microsoft.Data.Sqlite;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// The event log in the embedded SQLite file. A group's checks and inserts run as statements prepared once per
/// group on the native handle (<see cref="SqliteStatement"/>) and re-run per row: in-process there is no round trip
/// to save, so the cost that matters is per-row CPU, and binding by position keeps it to SQLite's own work.
/// </summary>
public sealed class SqliteEventStore(SqliteDatabase database, TimeProvider timeProvider) : SqlEventStore(database, timeProvider)
{
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

    private protected override async Task<Dictionary<string, RecordedEvent>> FindByIdempotencyKeysAsync(WriteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // A key already in the log is rare (a retry after a lost reply): probe the index for all of them, and read
        // whole events only for the keys found.
        List<long>? hits = null;
        using (var probe = new SqliteStatement((SqliteConnection)session.Connection, "SELECT sequence FROM events WHERE idempotency_key = ?1"))
        {
            foreach (var key in keys)
            {
                probe.Bind(1, key);
                if (probe.QueryInt64() is { } sequence)
                {
                    (hits ??= []).Add(sequence);
                }
            }
        }

        var found = new Dictionary<string, RecordedEvent>(StringComparer.Ordinal);
        if (hits is null)
        {
            return found;
        }

        await using var command = CreateCommand(session.Connection, session.Transaction, $"SELECT {Columns} FROM events WHERE sequence = @sequence", [("sequence", 0L)]);
        foreach (var sequence in hits)
        {
            command.Parameters[0].Value = sequence;
            foreach (var recorded in await ReadEventsAsync(command, cancellationToken))
            {
                found[recorded.IdempotencyKey!] = recorded;
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
        SqliteException { SqliteErrorCode: 19 } e when e.Message.Contains("events.idempotency_key", StringComparison.Ordinal) => UniqueViolation.IdempotencyKey,
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

using System.Data.Common;
using Microsoft.Data.Sqlite;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// The event log in the embedded SQLite file. Statements in a group are prepared once and re-run per row:
/// in-process, that is faster than building multi-row statements.
/// </summary>
public sealed class SqliteEventStore(SqliteDatabase database, TimeProvider timeProvider) : SqlEventStore(database, timeProvider)
{
    private protected override async Task<Dictionary<string, long>> ReadStreamVersionsAsync(WriteSession session, IReadOnlyList<string> streamIds, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = CreateCommand(
            session.Connection,
            session.Transaction,
            "SELECT version FROM events WHERE stream_id = @streamId ORDER BY version DESC LIMIT 1",
            [("streamId", string.Empty)]);
        command.Prepare();
        foreach (var streamId in streamIds)
        {
            command.Parameters[0].Value = streamId;
            if (await command.ExecuteScalarAsync(cancellationToken) is long version)
            {
                versions[streamId] = version;
            }
        }

        return versions;
    }

    private protected override async Task<Dictionary<string, RecordedEvent>> FindByIdempotencyKeysAsync(WriteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, RecordedEvent>(StringComparer.Ordinal);
        await using var command = CreateCommand(
            session.Connection,
            session.Transaction,
            $"SELECT {Columns} FROM events WHERE idempotency_key = @key",
            [("key", string.Empty)]);
        command.Prepare();
        foreach (var key in keys)
        {
            command.Parameters[0].Value = key;
            foreach (var recorded in await ReadEventsAsync(command, cancellationToken))
            {
                found[key] = recorded;
            }
        }

        return found;
    }

    private protected override async Task InsertAsync(WriteSession session, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(
            session.Connection,
            session.Transaction,
            """
            INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor, correlation_id, causation_id, idempotency_key)
            VALUES (@streamId, @version, @type, @data, @occurredAt, @recordedAt, @actor, @correlationId, @causationId, @idempotencyKey)
            """,
            [("streamId", null), ("version", null), ("type", null), ("data", null), ("occurredAt", null), ("recordedAt", null), ("actor", null), ("correlationId", null), ("causationId", null), ("idempotencyKey", null)]);
        command.Prepare();
        var p = command.Parameters;
        foreach (var row in rows)
        {
            p[0].Value = row.StreamId;
            p[1].Value = row.Version;
            p[2].Value = row.Event.Type;
            p[3].Value = row.Event.Data;
            p[4].Value = Microseconds.ToUnix(row.OccurredAt);
            p[5].Value = Microseconds.ToUnix(row.RecordedAt);
            p[6].Value = row.Event.Actor;
            p[7].Value = (object?)row.Event.CorrelationId ?? DBNull.Value;
            p[8].Value = (object?)row.Event.CausationId ?? DBNull.Value;
            p[9].Value = (object?)row.Event.IdempotencyKey ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private protected override UniqueViolation ClassifyUniqueViolation(DbException exception) => exception switch
    {
        // SQLITE_CONSTRAINT; the message names the columns of the violated index.
        SqliteException { SqliteErrorCode: 19 } e when e.Message.Contains("events.idempotency_key", StringComparison.Ordinal) => UniqueViolation.IdempotencyKey,
        SqliteException { SqliteErrorCode: 19 } e when e.Message.Contains("events.stream_id", StringComparison.Ordinal) => UniqueViolation.StreamVersion,
        _ => UniqueViolation.None,
    };

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

using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Storage.Postgres;

/// <summary>
/// The event log in PostgreSQL. A group is checked and inserted in three round trips whatever its size: the
/// stream versions and idempotency keys by <c>= ANY(array)</c>, the rows by one <c>INSERT ... SELECT unnest(...)</c>.
/// </summary>
public sealed class PostgresEventStore(PostgresDatabase database, TimeProvider timeProvider) : SqlEventStore(database, timeProvider)
{
    private protected override async Task<Dictionary<string, long>> ReadStreamVersionsAsync(WriteSession session, IReadOnlyList<string> streamIds, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT stream_id, MAX(version) FROM events WHERE stream_id = ANY(@streamIds) GROUP BY stream_id",
            (NpgsqlConnection)session.Connection,
            (NpgsqlTransaction)session.Transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("streamIds", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. streamIds] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    private protected override async Task<Dictionary<string, RecordedEvent>> FindByIdempotencyKeysAsync(WriteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM events WHERE idempotency_key = ANY(@keys)",
            (NpgsqlConnection)session.Connection,
            (NpgsqlTransaction)session.Transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys] });
        var found = await ReadEventsAsync(command, cancellationToken);
        return found.ToDictionary(e => e.IdempotencyKey!, StringComparer.Ordinal);
    }

    private protected override async Task InsertAsync(WriteSession session, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor, correlation_id, causation_id, idempotency_key)
            SELECT s, v, t, d::json, o, r, a, c, ca, k
            FROM unnest(@s, @v, @t, @d, @o, @r, @a, @c, @ca, @k) WITH ORDINALITY AS x(s, v, t, d, o, r, a, c, ca, k, n)
            ORDER BY n
            """,
            (NpgsqlConnection)session.Connection,
            (NpgsqlTransaction)session.Transaction);
        var p = command.Parameters;
        p.Add(TextArray("s", rows, r => r.StreamId));
        p.Add(new NpgsqlParameter<long[]>("v", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. rows.Select(r => r.Version)] });
        p.Add(TextArray("t", rows, r => r.Event.Type));
        p.Add(TextArray("d", rows, r => r.Event.Data));
        p.Add(TimeArray("o", rows, r => r.OccurredAt));
        p.Add(TimeArray("r", rows, r => r.RecordedAt));
        p.Add(TextArray("a", rows, r => r.Event.Actor));
        p.Add(TextArray("c", rows, r => r.Event.CorrelationId));
        p.Add(TextArray("ca", rows, r => r.Event.CausationId));
        p.Add(TextArray("k", rows, r => r.Event.IdempotencyKey));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override UniqueViolation ClassifyUniqueViolation(DbException exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_events_idempotency_key" } => UniqueViolation.IdempotencyKey,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "uq_events_stream_version" } => UniqueViolation.StreamVersion,
        _ => UniqueViolation.None,
    };

    private protected override object TimeParameter(DateTimeOffset value) => Microseconds.Truncate(value);

    private protected override RecordedEvent ReadEvent(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.GetString(7),
        NullableString(reader, 8),
        NullableString(reader, 9),
        NullableString(reader, 10));

    private static NpgsqlParameter<string?[]> TextArray(string name, IReadOnlyList<EventRow> rows, Func<EventRow, string?> select) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. rows.Select(select)] };

    private static NpgsqlParameter<DateTime[]> TimeArray(string name, IReadOnlyList<EventRow> rows, Func<EventRow, DateTimeOffset> select) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. rows.Select(r => select(r).UtcDateTime)] };
}

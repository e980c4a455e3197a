using System.Data.Common;
using Dapper;

namespace PeaceOps.Ops.Storage.Snapshots;

/// <summary>
/// Replay snapshots, so that "the picture at T" starts from the nearest snapshot before T instead of the first
/// event. A snapshot is identified by (kind, sequence): saving the same one again is a no-op, since the log up to
/// that sequence never changes.
/// </summary>
public sealed class SnapshotStore(IDatabase database, TimeProvider clock)
{
    private const string Columns = "kind, sequence, at, data, recorded_at";

    private bool IsPostgres => database.Provider == DatabaseProvider.Postgres;

    /// <summary>Stores a snapshot; true when new, false when this (kind, sequence) was stored before.</summary>
    public async Task<bool> SaveAsync(string kind, long sequence, DateTimeOffset at, string json, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var data = IsPostgres ? "CAST(@json AS json)" : "@json";
        await using var session = await WriteSession.BeginAsync(database, exclusive: false, cancellationToken);
        var inserted = await session.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO snapshots ({Columns}) VALUES (@kind, @sequence, @at, {data}, @recordedAt) ON CONFLICT DO NOTHING",
            new { kind, sequence, at = Time(at), json, recordedAt = Time(clock.GetUtcNow()) },
            session.Transaction,
            cancellationToken: cancellationToken));
        await session.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    /// <summary>The newest snapshot of <paramref name="kind"/> showing a moment at or before <paramref name="at"/>.</summary>
    public Task<ReplaySnapshot?> FindLatestAtOrBeforeAsync(string kind, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        FindAsync($"SELECT {Columns} FROM snapshots WHERE kind = @kind AND at <= @at ORDER BY at DESC, sequence DESC LIMIT 1", new { kind, at = Time(at) }, cancellationToken);

    /// <summary>The newest snapshot of <paramref name="kind"/> that folds no event after <paramref name="sequence"/>.</summary>
    public Task<ReplaySnapshot?> FindLatestUpToSequenceAsync(string kind, long sequence, CancellationToken cancellationToken = default) =>
        FindAsync($"SELECT {Columns} FROM snapshots WHERE kind = @kind AND sequence <= @sequence ORDER BY sequence DESC LIMIT 1", new { kind, sequence }, cancellationToken);

    private object Time(DateTimeOffset value) => IsPostgres ? Microseconds.Truncate(value) : Microseconds.ToUnix(value);

    private async Task<ReplaySnapshot?> FindAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ReplaySnapshot(reader.GetString(0), reader.GetInt64(1), ReadTime(reader, 2), reader.GetString(3), ReadTime(reader, 4));
    }

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        IsPostgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : Microseconds.FromUnix(reader.GetInt64(ordinal));
}

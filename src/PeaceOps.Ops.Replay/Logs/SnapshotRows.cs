using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>
/// The snapshots table, shared by the kinds of derived data replay keeps (pictures, what-if costs): one row per
/// (kind, sequence), the first writer's row kept, so two readers racing to derive the same figure cannot conflict.
/// </summary>
internal static class SnapshotRows
{
    public static async Task InsertOnceAsync(
        IDatabase database, TimeProvider time, string kind, long sequence, DateTimeOffset at, string json, CancellationToken cancellationToken)
    {
        var data = database.Provider == DatabaseProvider.Postgres ? "CAST(@data AS json)" : "@data";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PositionHistory.Command(connection,
            $"INSERT INTO snapshots (kind, sequence, at, data, recorded_at) VALUES (@kind, @sequence, @at, {data}, @recordedAt) ON CONFLICT (kind, sequence) DO NOTHING",
            ("kind", kind), ("sequence", sequence), ("at", LogTime.ToParameter(database.Provider, at)),
            ("data", json), ("recordedAt", LogTime.ToParameter(database.Provider, time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Text.Json;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>
/// Replay snapshots (table snapshots, kind "picture"): the folded picture at a log sequence, so that a jump to any
/// moment folds at most one interval of events. Snapshots are derived data: losing them costs time, never correctness.
/// </summary>
public sealed class PictureSnapshotStore(IDatabase database, TimeProvider time)
{
    public const string Kind = "picture";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PictureSnapshot?> FindLatestAtOrBeforeAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PositionHistory.Command(connection,
            "SELECT data FROM snapshots WHERE kind = @kind AND at <= @at ORDER BY at DESC, sequence DESC LIMIT 1",
            ("kind", Kind), ("at", LogTime.ToParameter(database.Provider, at)));
        var data = await command.ExecuteScalarAsync(cancellationToken);
        return data is string json ? JsonSerializer.Deserialize<PictureSnapshot>(json, Json) : null;
    }

    /// <summary>Saves the picture as of its sequence; a snapshot already taken at that sequence is kept.</summary>
    public async Task SaveAsync(PictureSnapshot picture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(picture);
        await SnapshotRows.InsertOnceAsync(database, time, Kind, picture.Sequence, picture.AsOf, JsonSerializer.Serialize(picture, Json), cancellationToken);
    }
}

using System.Text.Json;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>
/// What-if costs as first worked out (table snapshots, kind <see cref="Kind"/>). The engine prices an incident on its
/// recorded inputs as they stood at one moment (options first shown, else the report), and an append-only log never
/// changes what was recorded before that moment, so the figure is worked out once and read back from then on: a 30-day
/// report then costs reads, not thousands of engine runs. Keyed by the sequence of the event that fixed the moment, so an
/// incident priced before anyone opened it is priced again once options are shown. Derived data, like picture
/// snapshots: losing it costs time, never correctness. Raise the version in <see cref="Kind"/> when the engine's
/// reckoning changes, so that old figures are not read back.
/// </summary>
public sealed class WhatIfCostStore(IDatabase database, TimeProvider time)
{
    public const string Kind = "whatif-costs-v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The costs recorded for the moment fixed by event <paramref name="sequence"/>; null when never worked out.</summary>
    public async Task<IReadOnlyList<ImpedimentCost>?> FindAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PositionHistory.Command(connection,
            "SELECT data FROM snapshots WHERE kind = @kind AND sequence = @sequence", ("kind", Kind), ("sequence", sequence));
        var data = await command.ExecuteScalarAsync(cancellationToken);
        return data is string json ? JsonSerializer.Deserialize<ImpedimentCost[]>(json, Json) : null;
    }

    /// <summary>
    /// The sequences of every moment priced (one query, a few thousand longs for a month): what the background pricer
    /// checks, on start, to find the incidents still to price without reading each incident's record.
    /// </summary>
    public async Task<IReadOnlySet<long>> PricedSequencesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PositionHistory.Command(connection, "SELECT sequence FROM snapshots WHERE kind = @kind", ("kind", Kind));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var priced = new HashSet<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            priced.Add(reader.GetInt64(0));
        }

        return priced;
    }

    /// <summary>Records the costs; a figure already recorded for that moment is kept (two readers may race to it).</summary>
    public async Task SaveAsync(long sequence, DateTimeOffset at, IReadOnlyList<ImpedimentCost> costs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        await SnapshotRows.InsertOnceAsync(database, time, Kind, sequence, at, JsonSerializer.Serialize(costs, Json), cancellationToken);
    }
}

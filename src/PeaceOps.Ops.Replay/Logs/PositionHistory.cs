using System.Data.Common;
using System.Runtime.CompilerServices;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>
/// Reads the position log (table position_reports): the latest position of every aircraft at or before a moment
/// (one index seek per aircraft on (aircraft_id, at)), and the reports of a period in time order for playback.
/// Read-only: replay never writes to the live logs.
/// </summary>
public sealed class PositionHistory(IDatabase database)
{
    private const string Columns = "aircraft_id, at, lat, lon, altitude_m, heading_deg, speed_kts";

    public async Task<IReadOnlyList<RecordedPosition>> LatestAtOrBeforeAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var ids = new List<string>();
        await using (var list = Command(connection, "SELECT aircraft_id FROM position_aircraft"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        var latest = new List<RecordedPosition>(ids.Count);
        await using var seek = Command(connection,
            $"SELECT {Columns} FROM position_reports WHERE aircraft_id = @id AND at <= @at ORDER BY at DESC LIMIT 1",
            ("id", string.Empty), ("at", LogTime.ToParameter(database.Provider, at)));
        foreach (var id in ids)
        {
            seek.Parameters["id"].Value = id;
            await using var reader = await seek.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                latest.Add(Read(reader));
            }
        }

        return latest;
    }

    /// <summary>Reports with <paramref name="from"/> &lt; at ≤ <paramref name="to"/>, in time order, streamed.</summary>
    public async IAsyncEnumerable<RecordedPosition> ReadBetweenAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection,
            $"SELECT {Columns} FROM position_reports WHERE at > @from AND at <= @to ORDER BY at, aircraft_id",
            ("from", LogTime.ToParameter(database.Provider, from)), ("to", LogTime.ToParameter(database.Provider, to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Read(reader);
        }
    }

    private static RecordedPosition Read(DbDataReader reader) => new(
        reader.GetString(0),
        new AircraftPosition(reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6),
            LogTime.FromColumn(reader.GetValue(1))));

    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

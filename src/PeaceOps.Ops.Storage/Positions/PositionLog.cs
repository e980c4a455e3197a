using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using PeaceOps.Ops.Storage.GroupCommit;

namespace PeaceOps.Ops.Storage.Positions;

/// <summary>
/// The compact log of aircraft position reports, written in groups (flush every N reports or T ms, whichever
/// first): reports arrive by the thousand per minute and need not each pay for a transaction. A report id already
/// stored for that aircraft is ignored, so a re-sent report is harmless. Ordering by time is the reader's business:
/// out-of-order reports are stored as they are.
/// </summary>
public sealed class PositionLog : IPositionLog, IAsyncDisposable
{
    private const string Columns = "aircraft_id, report_id, at, lat, lon, altitude_m, heading_deg, speed_kts, received_at";

    private readonly IDatabase _database;
    private readonly TimeProvider _clock;
    private readonly GroupCommitQueue<RecordedPositionReport, bool> _queue;

    // The clock stamps received_at. The timer drives MaxDelay and is real time unless a test says otherwise: it
    // batches I/O, it is not domain time (a FakeTimeProvider clock must not stop reports from being written).
    public PositionLog(IDatabase database, TimeProvider clock, GroupCommitOptions? options = null, TimeProvider? timer = null)
    {
        _database = database;
        _clock = clock;
        _queue = new GroupCommitQueue<RecordedPositionReport, bool>(WriteGroupAsync, _ => 1, options ?? new GroupCommitOptions(), timer ?? TimeProvider.System);
    }

    private bool IsPostgres => _database.Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// Records <paramref name="report"/>; completes when it is durable. True when stored, false when this
    /// aircraft's report id was stored before (a duplicate).
    /// </summary>
    public Task<bool> AppendAsync(PositionReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.AircraftId, nameof(report.AircraftId));
        ArgumentException.ThrowIfNullOrWhiteSpace(report.ReportId, nameof(report.ReportId));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(report.Latitude), 90, nameof(report.Latitude));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(report.Longitude), 180, nameof(report.Longitude));
        var recorded = new RecordedPositionReport(
            report.AircraftId,
            report.ReportId,
            Microseconds.Truncate(report.At),
            report.Latitude,
            report.Longitude,
            report.AltitudeM,
            report.HeadingDeg,
            report.SpeedKts,
            Microseconds.Truncate(_clock.GetUtcNow()));
        return _queue.EnqueueAsync(recorded, cancellationToken);
    }

    /// <summary>One aircraft's reports with <c>at</c> in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public Task<IReadOnlyList<RecordedPositionReport>> ReadTrackAsync(string aircraftId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM position_reports WHERE aircraft_id = @aircraftId AND at >= @from AND at < @to ORDER BY at, report_id",
            [("aircraftId", aircraftId), ("from", Time(from)), ("to", Time(to))],
            cancellationToken);

    /// <summary>Every aircraft's reports with <c>at</c> in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public Task<IReadOnlyList<RecordedPositionReport>> ReadByTimeAsync(DateTimeOffset from, DateTimeOffset to, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return QueryAsync(
            $"SELECT {Columns} FROM position_reports WHERE at >= @from AND at < @to ORDER BY at, aircraft_id, report_id LIMIT @maxCount",
            [("from", Time(from)), ("to", Time(to)), ("maxCount", maxCount)],
            cancellationToken);
    }

    /// <summary>
    /// The picture at <paramref name="at"/>: each aircraft's latest report at or before it (aircraft that had not
    /// reported yet are absent). One index seek per aircraft, whatever the size of the log.
    /// </summary>
    public Task<IReadOnlyList<RecordedPositionReport>> ReadPictureAtAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var sql = IsPostgres
            ? $"""
               SELECT p.* FROM position_aircraft a
               CROSS JOIN LATERAL (
                   SELECT {Columns} FROM position_reports q
                   WHERE q.aircraft_id = a.aircraft_id AND q.at <= @at
                   ORDER BY q.at DESC, q.report_id DESC LIMIT 1) p
               ORDER BY p.aircraft_id
               """
            : $"""
               SELECT p.aircraft_id, p.report_id, p.at, p.lat, p.lon, p.altitude_m, p.heading_deg, p.speed_kts, p.received_at
               FROM position_aircraft a
               JOIN position_reports p ON p.rowid = (
                   SELECT q.rowid FROM position_reports q
                   WHERE q.aircraft_id = a.aircraft_id AND q.at <= @at
                   ORDER BY q.at DESC, q.report_id DESC LIMIT 1)
               ORDER BY a.aircraft_id
               """;
        return QueryAsync(sql, [("at", Time(at))], cancellationToken);
    }

    /// <summary>Writes everything already accepted, then stops.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private object Time(DateTimeOffset value) => IsPostgres ? Microseconds.Truncate(value) : Microseconds.ToUnix(value);

    private async Task<IReadOnlyList<GroupOutcome<bool>>> WriteGroupAsync(IReadOnlyList<RecordedPositionReport> reports, CancellationToken cancellationToken)
    {
        // The same report twice in one group: the first one counts, the rest are duplicates.
        var firstOfItsKind = new HashSet<(string, string)>();
        var unique = new List<RecordedPositionReport>(reports.Count);
        var isFirst = new bool[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            if (firstOfItsKind.Add((reports[i].AircraftId, reports[i].ReportId)))
            {
                isFirst[i] = true;
                unique.Add(reports[i]);
            }
        }

        await using var session = await WriteSession.BeginAsync(_database, exclusive: false, cancellationToken);
        var stored = IsPostgres
            ? await InsertPostgresAsync(session, unique, cancellationToken)
            : await InsertSqliteAsync(session, unique, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return reports.Select((r, i) => new GroupOutcome<bool>(isFirst[i] && stored.Contains((r.AircraftId, r.ReportId)), null)).ToList();
    }

    private static async Task<HashSet<(string, string)>> InsertSqliteAsync(WriteSession session, List<RecordedPositionReport> reports, CancellationToken cancellationToken)
    {
        var stored = new HashSet<(string, string)>();
        await using var insert = session.Connection.CreateCommand();
        insert.Transaction = session.Transaction;
        insert.CommandText = $"INSERT INTO position_reports ({Columns}) VALUES (@a, @r, @at, @lat, @lon, @alt, @hdg, @spd, @rcv) ON CONFLICT DO NOTHING";
        var p = new DbParameter[9];
        string[] names = ["a", "r", "at", "lat", "lon", "alt", "hdg", "spd", "rcv"];
        for (var i = 0; i < names.Length; i++)
        {
            p[i] = insert.CreateParameter();
            p[i].ParameterName = names[i];
            insert.Parameters.Add(p[i]);
        }

        await insert.PrepareAsync(cancellationToken);
        foreach (var r in reports)
        {
            p[0].Value = r.AircraftId;
            p[1].Value = r.ReportId;
            p[2].Value = Microseconds.ToUnix(r.At);
            p[3].Value = r.Latitude;
            p[4].Value = r.Longitude;
            p[5].Value = r.AltitudeM;
            p[6].Value = r.HeadingDeg;
            p[7].Value = r.SpeedKts;
            p[8].Value = Microseconds.ToUnix(r.ReceivedAt);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                stored.Add((r.AircraftId, r.ReportId));
            }
        }

        await using var aircraft = session.Connection.CreateCommand();
        aircraft.Transaction = session.Transaction;
        aircraft.CommandText = "INSERT INTO position_aircraft (aircraft_id) VALUES (@a) ON CONFLICT DO NOTHING";
        var a = aircraft.CreateParameter();
        a.ParameterName = "a";
        aircraft.Parameters.Add(a);
        await aircraft.PrepareAsync(cancellationToken);
        foreach (var id in reports.Select(r => r.AircraftId).Distinct(StringComparer.Ordinal))
        {
            a.Value = id;
            await aircraft.ExecuteNonQueryAsync(cancellationToken);
        }

        return stored;
    }

    private static async Task<HashSet<(string, string)>> InsertPostgresAsync(WriteSession session, List<RecordedPositionReport> reports, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        var transaction = (NpgsqlTransaction)session.Transaction;
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO position_reports ({Columns})
            SELECT * FROM unnest(@a, @r, @at, @lat, @lon, @alt, @hdg, @spd, @rcv)
            ON CONFLICT DO NOTHING
            RETURNING aircraft_id, report_id
            """,
            connection,
            transaction);
        insert.Parameters.Add(new NpgsqlParameter<string[]>("a", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. reports.Select(r => r.AircraftId)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("r", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. reports.Select(r => r.ReportId)] });
        insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. reports.Select(r => r.At.UtcDateTime)] });
        insert.Parameters.Add(Doubles("lat", reports, r => r.Latitude));
        insert.Parameters.Add(Doubles("lon", reports, r => r.Longitude));
        insert.Parameters.Add(Doubles("alt", reports, r => r.AltitudeM));
        insert.Parameters.Add(Doubles("hdg", reports, r => r.HeadingDeg));
        insert.Parameters.Add(Doubles("spd", reports, r => r.SpeedKts));
        insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("rcv", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. reports.Select(r => r.ReceivedAt.UtcDateTime)] });
        var stored = new HashSet<(string, string)>();
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var aircraft = new NpgsqlCommand(
            "INSERT INTO position_aircraft (aircraft_id) SELECT DISTINCT unnest(@a) ON CONFLICT DO NOTHING",
            connection,
            transaction);
        aircraft.Parameters.Add(new NpgsqlParameter<string[]>("a", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. reports.Select(r => r.AircraftId).Distinct(StringComparer.Ordinal)] });
        await aircraft.ExecuteNonQueryAsync(cancellationToken);
        return stored;
    }

    private static NpgsqlParameter<double[]> Doubles(string name, List<RecordedPositionReport> reports, Func<RecordedPositionReport, double> select) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = [.. reports.Select(select)] };

    private async Task<IReadOnlyList<RecordedPositionReport>> QueryAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var reports = new List<RecordedPositionReport>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(new RecordedPositionReport(
                reader.GetString(0),
                reader.GetString(1),
                ReadTime(reader, 2),
                reader.GetDouble(3),
                reader.GetDouble(4),
                reader.GetDouble(5),
                reader.GetDouble(6),
                reader.GetDouble(7),
                ReadTime(reader, 8)));
        }

        return reports;
    }

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        IsPostgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : Microseconds.FromUnix(reader.GetInt64(ordinal));
}

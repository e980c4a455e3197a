using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Replay.Tests.Support;

/// <summary>
/// A live run recorded into a real SQLite event store and position log, as the grains record it: every step appends
/// the grain's event (its JSON as the log holds it) and publishes the grain's change to a live picture, and every
/// position goes to the position log and to the live picture. Time is a FakeTimeProvider.
/// </summary>
internal sealed class RecordedRun : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _directory;
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private long _sequence;

    private RecordedRun(string directory, SqliteDatabase database, FakeTimeProvider time)
    {
        _directory = directory;
        Database = database;
        Time = time;
        Events = new SqliteEventStore(database, time);
    }

    public SqliteDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public SqliteEventStore Events { get; }

    public OperationsPictureProjection Live { get; } = new();

    public static async Task<RecordedRun> StartAsync(DateTimeOffset start)
    {
        var directory = Path.Combine(Path.GetTempPath(), "peaceops-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var time = new FakeTimeProvider(start);
        var database = SqliteDatabase.InDirectory(directory);
        await new SchemaMigrator(database, time).MigrateAsync();
        return new RecordedRun(directory, database, time);
    }

    public PictureAtTime Replayer(int snapshotAfterEvents = 2_000) =>
        new(Events, new PositionHistory(Database), new PictureSnapshotStore(Database, Time)) { SnapshotAfterEvents = snapshotAfterEvents };

    /// <summary>Records the grain's event and publishes the change the grain publishes with it.</summary>
    public async Task RecordAsync(string streamId, string type, object data, OpsChange? published, string actor = "system")
    {
        var now = Time.GetUtcNow();
        var version = _versions.GetValueOrDefault(streamId);
        var json = JsonSerializer.Serialize(data, Json);
        _versions[streamId] = await Events.AppendAsync(streamId, version, [new NewEvent(type, json, now, actor)]);
        if (published is not null)
        {
            Live.Apply(published with { Sequence = ++_sequence, At = now });
        }
    }

    public async Task ReportPositionAsync(string aircraftId, AircraftPosition position)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO position_reports (aircraft_id, report_id, at, lat, lon, altitude_m, heading_deg, speed_kts, received_at)
            VALUES ($id, $report, $at, $lat, $lon, $alt, $hdg, $spd, $at);
            INSERT OR IGNORE INTO position_aircraft (aircraft_id) VALUES ($id);
            """;
        void Add(string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        Add("$id", aircraftId);
        Add("$report", Guid.NewGuid().ToString("N"));
        Add("$at", (position.ReportedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        Add("$lat", position.Lat);
        Add("$lon", position.Lon);
        Add("$alt", position.AltitudeM);
        Add("$hdg", position.HeadingDeg);
        Add("$spd", position.SpeedKts);
        await command.ExecuteNonQueryAsync();
        Live.Move(aircraftId, position);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}

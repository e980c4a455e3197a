using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GroupCommit;
using LoggedPosition = PeaceOps.Ops.Storage.Positions.PositionReport;
using PositionLog = PeaceOps.Ops.Storage.Positions.PositionLog;
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

        // No flush delay: one report at a time, each awaited, would otherwise wait out the timer every time.
        Positions = new PositionLog(database, time, new GroupCommitOptions { MaxDelay = TimeSpan.Zero });
    }

    public SqliteDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public SqliteEventStore Events { get; }

    public PositionLog Positions { get; }

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

    /// <summary>Records the position through the position log, the writer the aircraft grain uses.</summary>
    public async Task ReportPositionAsync(string aircraftId, AircraftPosition position)
    {
        await Positions.AppendAsync(new LoggedPosition(
            aircraftId, Guid.NewGuid().ToString("N"), position.ReportedAt, position.Lat, position.Lon, position.AltitudeM, position.HeadingDeg, position.SpeedKts));
        Live.Move(aircraftId, position);
    }

    public async ValueTask DisposeAsync()
    {
        await Positions.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}

using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Postgres;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>Databases for the storage benchmarks: a SQLite file in a temp directory, or a durable throw-away PostgreSQL.</summary>
internal static class StorageBench
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static async Task<(SqliteDatabase Database, TempDirectory Directory)> SqliteAsync()
    {
        var directory = new TempDirectory("peaceops-bench");
        var database = SqliteDatabase.InDirectory(directory.Path);
        await new SchemaMigrator(database, TimeProvider.System).MigrateAsync();
        return (database, directory);
    }

    /// <summary>PostgreSQL with its durable defaults (fsync on, synchronous_commit on): the figure a cluster would see.</summary>
    public static async Task<(PostgresDatabase Database, PostgresServer Server)> PostgresAsync()
    {
        var server = await PostgresServer.StartAsync(durable: true);
        var database = new PostgresDatabase(await server.CreateDatabaseAsync());
        await new SchemaMigrator(database, TimeProvider.System).MigrateAsync();
        return (database, server);
    }

    public static SqlEventStore EventStore(IDatabase database) => database switch
    {
        SqliteDatabase sqlite => new SqliteEventStore(sqlite, TimeProvider.System),
        PostgresDatabase postgres => new PostgresEventStore(postgres, TimeProvider.System),
        _ => throw new NotSupportedException(),
    };

    /// <summary>A realistic event: a small camelCase payload, actor, correlation and a unique idempotency key.</summary>
    public static NewEvent Event(int n) => new(
        "AircraftPositionChanged",
        $$"""{"aircraftId":"UH-{{n % 40}}","lat":4.{{n % 1000:D3}},"lon":31.{{n % 997:D3}},"status":"Tasked","note":"benchmark event {{n}}"}""",
        Start.AddMilliseconds(n),
        "duty.officer@unmiss",
        $"corr-{n / 10}",
        null,
        $"key-{Guid.NewGuid():N}");

    /// <summary>
    /// <paramref name="callers"/> concurrent callers, each appending <paramref name="perCaller"/> one-event appends to
    /// its own stream, one after the other (as grains do: a grain awaits its append before the next command).
    /// </summary>
    public static async Task AppendConcurrentlyAsync(IEventStore store, int callers, int perCaller, string run)
    {
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var version = 0L;
            for (var i = 0; i < perCaller; i++)
            {
                version = await store.AppendAsync($"{run}-stream-{c}", version, [Event((c * perCaller) + i)]);
            }
        })));
    }
}

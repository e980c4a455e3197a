using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>
/// Reading the log back for replay: 100,000 events streamed by ReplayAsync into RecordedEvent objects (every
/// column read, strings materialised); time per event. Target ≥ 100,000 events/s (≤ 10 µs per event).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ReplayReadBenchmarks
{
    private const int Events = 100_000;
    private IDatabase _database = null!;
    private IAsyncDisposable? _server;
    private TempDirectory? _directory;
    private SqlEventStore _store = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            (var sqlite, _directory) = await StorageBench.SqliteAsync();
            _database = sqlite;
        }
        else
        {
            (var postgres, var server) = await StorageBench.PostgresAsync();
            _database = postgres;
            _server = server;
        }

        _store = StorageBench.EventStore(_database);
        await using var batcher = new EventAppendBatcher(_store, new GroupCommitOptions { MaxBatchSize = 5000, MaxDelay = TimeSpan.FromMilliseconds(5) });
        await StorageBench.AppendConcurrentlyAsync(batcher, 100, Events / 100, "replay");
    }

    [Benchmark(OperationsPerInvoke = Events, Description = "replay, per event")]
    public async Task<long> Replay()
    {
        long checksum = 0;
        await foreach (var e in _store.ReplayAsync())
        {
            checksum += e.Version + e.Data.Length;
        }

        return checksum;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_database is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }
}

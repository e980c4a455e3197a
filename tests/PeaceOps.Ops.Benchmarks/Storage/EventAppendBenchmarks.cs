using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>
/// Event append throughput with group commit: 200 concurrent callers × 50 one-event appends = 10,000 events per
/// invocation; the reported time is per event (events/s = 1 / Mean). Target: SQLite ≥ 20,000/s, PostgreSQL ≥ 5,000/s.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class EventAppendBenchmarks
{
    private const int Callers = 200;
    private const int PerCaller = 50;
    private IDatabase _database = null!;
    private IAsyncDisposable? _server;
    private TempDirectory? _directory;
    private EventAppendBatcher _batcher = null!;
    private int _run;

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

        _batcher = new EventAppendBatcher(StorageBench.EventStore(_database), new GroupCommitOptions { MaxBatchSize = 1000, MaxDelay = TimeSpan.FromMilliseconds(2) });
    }

    [Benchmark(OperationsPerInvoke = Callers * PerCaller, Description = "group commit, per event")]
    public Task GroupCommitAppend() => StorageBench.AppendConcurrentlyAsync(_batcher, Callers, PerCaller, $"run{_run++}");

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _batcher.DisposeAsync();
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

using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>
/// One event per transaction on SQLite (synchronous=FULL, WAL), measured one operation per iteration so that P99
/// is the p99 of single appends; beside it, this disk's fsync: write 4 KiB at the end of a file, then
/// FileStream.Flush(flushToDisk: true) (fsync(2)), the same thing a WAL commit waits for.
/// </summary>
[Config(typeof(PerOperationConfig))]
public class CommitLatencyBenchmarks
{
    private readonly byte[] _page = new byte[4096];
    private SqliteDatabase _database = null!;
    private TempDirectory _directory = null!;
    private SqlEventStore _store = null!;
    private FileStream _file = null!;
    private long _version;
    private int _n;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_database, _directory) = await StorageBench.SqliteAsync();
        _store = StorageBench.EventStore(_database);
        _file = new FileStream(_directory.File("fsync.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
    }

    [Benchmark(Description = "fsync 4 KiB (this disk)")]
    public void Fsync()
    {
        _file.Write(_page);
        _file.Flush(flushToDisk: true);
    }

    [Benchmark(Description = "SQLite: one event per transaction")]
    public async Task AppendOneEvent() => _version = await _store.AppendAsync("latency", _version, [StorageBench.Event(_n++)]);

    [GlobalCleanup]
    public void Cleanup()
    {
        _file.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Benchmarks.Replay;

/// <summary>
/// Replay on a generated 30-day mission log (500 aircraft, ~2,000 incidents, positions at 0.2 Hz): the picture at a
/// random moment, the 30-day impediment report, and reading the whole event log through the picture fold.
/// PositionHours bounds the position log (the full 30 days is 259 million rows; see docs/performance/replay.md).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 8)]
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(7);
    private SqliteDatabase _database = null!;
    private SqliteEventStore _events = null!;
    private PictureAtTime _pictures = null!;
    private ReviewReports _reports = null!;

    [Params(6)]
    public double PositionHours { get; set; }

    public int Days { get; set; } = 30;

    /// <summary>Blocking on purpose: run in process, the async setup was not waited for here (the run measured a 64 KB
    /// log while it was still being generated), and that half-generated log was then cached for the next run.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"peaceops-replay-bench-{Days}d-{PositionHours}h");
        // The marker is written last, so a run that died while generating regenerates instead of measuring a partial log.
        var complete = Path.Combine(directory, "complete");
        var exists = File.Exists(complete);
        if (!exists && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        _database = exists
            ? SqliteDatabase.InDirectory(directory)
            : await ReplayLogGenerator.GenerateAsync(directory, Start, Days, 500, 0.2, 2_000, PositionHours);
        _events = new SqliteEventStore(_database, TimeProvider.System);
        _pictures = new PictureAtTime(_events, new PositionHistory(_database), new PictureSnapshotStore(_database, TimeProvider.System)) { SnapshotAfterEvents = 1 };
        if (!exists)
        {
            // The periodic snapshots a running product leaves behind: one per hour of log.
            for (var hour = 1; hour <= Days * 24; hour++)
            {
                await _pictures.FoldEventsAsync(Start.AddHours(hour));
            }

            await File.WriteAllTextAsync(complete, "generated\n");
        }

        _pictures = new PictureAtTime(_events, new PositionHistory(_database), new PictureSnapshotStore(_database, TimeProvider.System)) { SnapshotAfterEvents = int.MaxValue };
        _reports = new ReviewReports(_events, new IncidentHistoryReader(_events), TimeProvider.System);
        EventCount = await _events.ReadLastSequenceAsync();
        Console.WriteLine($"// replay log: {EventCount} events over {Days} days, positions for the first {PositionHours} h ({directory})");
    }

    public long EventCount { get; private set; }

    [Benchmark]
    public async Task<int> PictureAtRandomTime()
    {
        var at = Start + TimeSpan.FromSeconds(_random.NextDouble() * TimeSpan.FromDays(Days).TotalSeconds);
        var picture = await _pictures.AtAsync(at);
        return picture.Aircraft.Count;
    }

    [Benchmark]
    public async Task<int> ImpedimentReport30Days()
    {
        var report = await _reports.ImpedimentsAsync(Start, Start.AddDays(Days));
        return report.Incidents;
    }

    /// <summary>Every event of the log read in order and folded into a picture (divide the event count by the time).</summary>
    [Benchmark]
    public async Task<long> ReplayWholeEventLog()
    {
        var projection = new OperationsPictureProjection();
        long read = 0;
        await foreach (var e in _events.ReplayAsync())
        {
            RecordedEventFold.Apply(projection, e);
            read++;
        }

        return read;
    }
}

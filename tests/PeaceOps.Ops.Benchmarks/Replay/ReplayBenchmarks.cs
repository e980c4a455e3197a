using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Silo.Api.Replay;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Benchmarks.Replay;

/// <summary>
/// Replay on a generated 30-day mission log (500 aircraft, ~2,000 incidents, positions at 0.2 Hz): the picture at a
/// random moment, the 30-day impediment report, and reading the whole event log through the picture fold.
/// PositionHours bounds the position log (the full 30 days is 259 million rows; see docs/performance/replay.md).
/// The what-if benchmarks use the product's <see cref="RecordedWhatIfCosts"/> (the engine on each incident's recorded
/// inputs): one incident worked out from scratch, and the 30-day report once every figure has been recorded.
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
    private ReviewReports _reportsWithWhatIf = null!;
    private RecordedWhatIfCosts _whatIf = null!;
    private List<IncidentHistory> _incidents = [];

    [Params(6)]
    public double PositionHours { get; set; }

    public int Days { get; set; } = 30;

    /// <summary>Blocking on purpose: run in process, the async setup was not waited for here (the run measured a 64 KB
    /// log while it was still being generated), and that half-generated log was then cached for the next run.</summary>
    [GlobalSetup(Targets = [nameof(PictureAtRandomTime), nameof(ImpedimentReport30Days), nameof(WhatIfCostOfOneIncident), nameof(ImpedimentReportWithoutWhatIf), nameof(ReplayWholeEventLog)])]
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
        var histories = new IncidentHistoryReader(_events);
        _whatIf = new RecordedWhatIfCosts(_events, _pictures, new WhatIfCosting(new TaskingEngine()), new WhatIfCostStore(_database, TimeProvider.System));
        _reportsWithWhatIf = new ReviewReports(_events, histories, TimeProvider.System, _whatIf);
        var incidents = new List<IncidentHistory>();
        foreach (var e in (await _events.ReadByTimeAsync(Start, Start.AddDays(Days), int.MaxValue)).Where(e => e.Type == "IncidentReported"))
        {
            incidents.Add((await histories.ReadAsync(e.StreamId["incident-".Length..]))!);
        }

        _incidents = incidents;
        EventCount = await _events.ReadLastSequenceAsync();
        Console.WriteLine($"// replay log: {EventCount} events over {Days} days, positions for the first {PositionHours} h ({directory})");
    }

    public long EventCount { get; private set; }

    internal SqliteDatabase Database => _database;

    internal SqliteEventStore Events => _events;

    internal PictureAtTime Pictures => _pictures;

    internal IReadOnlyList<IncidentHistory> Incidents => _incidents;

    /// <summary>
    /// Days of the log whose what-if figures the report benchmark has recorded first. Working a figure out takes 0.4 s to
    /// 9 s per incident on the shared machine (night incidents search for when the wait ended), so recording all 30 days
    /// (2,000 incidents) takes hours; the figures stay in the cached log, so raising this on a later run only adds days.
    /// </summary>
    public int WhatIfDays { get; set; } = 1;

    /// <summary>
    /// Works out and records the what-if figures of the first <see cref="WhatIfDays"/> days, as the background pricer does
    /// when each incident closes (reports never price); a later run finds them recorded and this pass only reads.
    /// </summary>
    [GlobalSetup(Target = nameof(ImpedimentReportWithRecordedWhatIf))]
    public void SetupWithRecordedWhatIfCosts()
    {
        Setup();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var priced = 0;
        foreach (var incident in _incidents.Where(i => i.ReportedAt < Start.AddDays(WhatIfDays)))
        {
            _whatIf.CostAsync(incident, CancellationToken.None).GetAwaiter().GetResult();
            priced++;
        }

        var report = _reportsWithWhatIf.ImpedimentsAsync(Start, Start.AddDays(WhatIfDays)).GetAwaiter().GetResult();
        Console.WriteLine($"// {WhatIfDays}-day what-if figures worked out or read for {priced} incidents in {clock.Elapsed.TotalSeconds:0.0} s; pending after: {report.WhatIfPending}");
    }

    /// <summary>The log as generated plus whatever earlier runs priced (the first <see cref="WhatIfDays"/> days): the rest is pending.</summary>
    [GlobalSetup(Target = nameof(ImpedimentReport30DaysWhatIfPending))]
    public void SetupWhatIfPending()
    {
        Setup();
        var report = _reportsWithWhatIf.ImpedimentsAsync(Start, Start.AddDays(Days)).GetAwaiter().GetResult();
        Console.WriteLine($"// 30-day report with what-if: {report.Incidents} incidents, {report.WhatIfPending} pending");
    }

    /// <summary>
    /// A copy of the log in which every incident has recorded figures: those the engine worked out where an earlier run
    /// priced them, an empty list elsewhere (pricing all 2,000 takes about an hour of engine time). The report reads one
    /// row per incident either way, so the values do not change what it costs; the copy keeps the cached log's pending
    /// incidents for the pricer benchmarks.
    /// </summary>
    [GlobalSetup(Target = nameof(ImpedimentReport30DaysAllPriced))]
    public void SetupAllPriced() => SetupAllPricedAsync().GetAwaiter().GetResult();

    private async Task SetupAllPricedAsync()
    {
        Setup();
        var source = Path.Combine(Path.GetTempPath(), $"peaceops-replay-bench-{Days}d-{PositionHours}h");
        var copy = source + "-all-priced";
        var complete = Path.Combine(copy, "complete");
        if (!File.Exists(complete))
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }

            Directory.CreateDirectory(copy);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(Path.Combine(source, SqliteDatabase.FileName), Path.Combine(copy, SqliteDatabase.FileName));
        }

        var database = SqliteDatabase.InDirectory(copy);
        var events = new SqliteEventStore(database, TimeProvider.System);
        var store = new WhatIfCostStore(database, TimeProvider.System);
        if (!File.Exists(complete))
        {
            var priced = await store.PricedSequencesAsync();
            foreach (var incident in _incidents)
            {
                var stream = await events.ReadStreamAsync("incident-" + incident.IncidentId);
                var key = RecordedWhatIfCosts.PricingKey(stream.First(e => e.Type == "IncidentReported").Sequence, stream.FirstOrDefault(e => e.Type == "OptionsProposed")?.Sequence);
                if (!priced.Contains(key))
                {
                    await store.SaveAsync(key, RecordedWhatIfCosts.PlannedAt(incident), []);
                }
            }

            await File.WriteAllTextAsync(complete, "every incident has recorded what-if figures\n");
        }

        var pictures = new PictureAtTime(events, new PositionHistory(database), new PictureSnapshotStore(database, TimeProvider.System)) { SnapshotAfterEvents = int.MaxValue };
        var whatIf = new RecordedWhatIfCosts(events, pictures, new WhatIfCosting(new TaskingEngine()), store);
        _reportsAllPriced = new ReviewReports(events, new IncidentHistoryReader(events), TimeProvider.System, whatIf);
        var report = await _reportsAllPriced.ImpedimentsAsync(Start, Start.AddDays(Days));
        Console.WriteLine($"// 30-day report, all priced copy ({copy}): {report.Incidents} incidents, {report.WhatIfPending} pending");
    }

    private ReviewReports _reportsAllPriced = null!;

    /// <summary>The 30-day report as served while the background pricer has not got to most incidents: must answer at once, marking them pending.</summary>
    [Benchmark]
    public async Task<int> ImpedimentReport30DaysWhatIfPending()
    {
        var report = await _reportsWithWhatIf.ImpedimentsAsync(Start, Start.AddDays(Days));
        return report.WhatIfPending;
    }

    /// <summary>The 30-day report once the background pricer has priced every incident.</summary>
    [Benchmark]
    public async Task<int> ImpedimentReport30DaysAllPriced()
    {
        var report = await _reportsAllPriced.ImpedimentsAsync(Start, Start.AddDays(Days));
        return report.WhatIfPending;
    }

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

    /// <summary>The engine's what-if for one incident of the 30 days, worked out from scratch (picture rebuilt, engine runs).</summary>
    [Benchmark]
    public async Task<int> WhatIfCostOfOneIncident()
    {
        var incident = _incidents[_random.Next(_incidents.Count)];
        return (await _whatIf.WorkOutAsync(incident, CancellationToken.None)).Count;
    }

    /// <summary>The report over <see cref="WhatIfDays"/> as the product serves it once each incident's what-if figures are recorded.</summary>
    [Benchmark]
    public async Task<int> ImpedimentReportWithRecordedWhatIf()
    {
        var report = await _reportsWithWhatIf.ImpedimentsAsync(Start, Start.AddDays(WhatIfDays));
        return report.Incidents;
    }

    /// <summary>The same days without what-if costs, to tell what reading the recorded figures adds.</summary>
    [Benchmark]
    public async Task<int> ImpedimentReportWithoutWhatIf()
    {
        var report = await _reports.ImpedimentsAsync(Start, Start.AddDays(WhatIfDays));
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

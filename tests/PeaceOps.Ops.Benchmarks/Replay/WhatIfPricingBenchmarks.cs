using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Silo.Api.Replay;

namespace PeaceOps.Ops.Benchmarks.Replay;

/// <summary>
/// The background pricer's throughput on the generated 30-day log: a fixed sample of incidents spread evenly over the
/// 30 days (day and night as they fall), each worked out from scratch as the pricer does when it closes (picture at the
/// moment options were shown, then the engine with each constraint lifted). Reported per incident
/// (OperationsPerInvoke); incidents/min = 60 s ÷ that. <see cref="PricingPerIncidentEverything"/> runs every aircraft
/// with every constraint lifted, as the pricing did before it left out what cannot change: the before/after figure.
/// Few iterations: one iteration prices the whole sample (tens of seconds).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class WhatIfPricingBenchmarks
{
    private const int Sample = 12;
    private readonly ReplayBenchmarks _log = new();
    private IncidentHistory[] _sample = [];
    private RecordedWhatIfCosts _pruned = null!;
    private RecordedWhatIfCosts _everything = null!;

    [GlobalSetup]
    public void Setup()
    {
        _log.Setup();
        var incidents = _log.Incidents;
        _sample = [.. Enumerable.Range(0, Sample).Select(i => incidents[i * incidents.Count / Sample])];
        var store = new WhatIfCostStore(_log.Database, TimeProvider.System);
        _pruned = new RecordedWhatIfCosts(_log.Events, _log.Pictures, new WhatIfCosting(new TaskingEngine()), store);
        _everything = new RecordedWhatIfCosts(_log.Events, _log.Pictures, new WhatIfCosting(new TaskingEngine()) { LeaveOutWhatCannotChange = false }, store);
        Console.WriteLine($"// pricing sample: {Sample} incidents, reported {string.Join(", ", _sample.Select(i => i.ReportedAt.ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public async Task<int> PricingPerIncident()
    {
        var costs = 0;
        foreach (var incident in _sample)
        {
            costs += (await _pruned.WorkOutAsync(incident, CancellationToken.None)).Count;
        }

        return costs;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public async Task<int> PricingPerIncidentEverything()
    {
        var costs = 0;
        foreach (var incident in _sample)
        {
            costs += (await _everything.WorkOutAsync(incident, CancellationToken.None)).Count;
        }

        return costs;
    }
}

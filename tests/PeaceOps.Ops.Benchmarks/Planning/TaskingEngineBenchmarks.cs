using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Benchmarks.Planning;

/// <summary>
/// One incident against the large mission, all 2,400 aircraft × facility options ranked. The airspace is built
/// (buffered zones, visibility graph) once in setup, as the engine keeps it across incidents; every measured
/// call is a fresh incident. <see cref="Parallelism"/> 1 is the single-threaded engine (the default), 2 evaluates
/// aircraft on two threads (this machine has two cores, shared); both give the same options. Run: see
/// docs/performance/planning.md.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 200, invocationCount: 1)]
public class TaskingEngineBenchmarks
{
    private LargeMission _mission = null!;
    private TaskingEngine _engine = null!;
    private TaskingRequest _request = null!;
    private TaskingSituation _situation = null!;

    [Params(1, 2)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _mission = new LargeMission(seed: 20261126);
        _engine = new TaskingEngine(Parallelism);
        var (request, situation) = _mission.NextIncident();
        var warm = _engine.Evaluate(request, situation);
        if (!warm.IsValid || warm.Options.Count != 2400)
        {
            throw new InvalidOperationException("The large mission did not evaluate: " + string.Join("; ", warm.Errors.Select(e => e.Field + ": " + e.Message)));
        }
    }

    [IterationSetup]
    public void NextIncident() => (_request, _situation) = _mission.NextIncident();

    [Benchmark]
    public int Evaluate_one_incident_all_options() => _engine.Evaluate(_request, _situation).Options.Count;
}

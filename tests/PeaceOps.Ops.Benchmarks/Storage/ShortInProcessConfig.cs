using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>
/// Short runs, in process: the storage benchmarks do real I/O (milliseconds per operation), so a few measured
/// iterations suffice and the machine is not hogged; in-process avoids a second Release build per suite.
/// </summary>
public class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
        : this(warmups: 1, iterations: 5, invocations: null)
    {
    }

    protected ShortInProcessConfig(int warmups, int iterations, int? invocations)
    {
        var job = Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithToolchain(InProcessEmitToolchain.Instance);
        AddJob(invocations is { } n ? job.WithInvocationCount(n).WithUnrollFactor(1) : job);
    }
}

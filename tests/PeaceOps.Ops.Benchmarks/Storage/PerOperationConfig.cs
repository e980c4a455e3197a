using BenchmarkDotNet.Columns;

namespace PeaceOps.Ops.Benchmarks.Storage;

/// <summary>One operation per iteration, 300 iterations: the percentiles are those of single operations.</summary>
public sealed class PerOperationConfig : ShortInProcessConfig
{
    public PerOperationConfig()
        : base(warmups: 20, iterations: 300, invocations: 1) =>
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
}

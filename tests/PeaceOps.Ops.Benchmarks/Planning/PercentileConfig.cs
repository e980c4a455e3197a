using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace PeaceOps.Ops.Benchmarks.Planning;

/// <summary>The targets are stated as a median and a 99th percentile, so show those.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max, new P99Column());
    }
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PeaceOps.Ops.Benchmarks;

/// <summary>
/// The 99th percentile of the measured iterations: several issues state their targets as p99, and BenchmarkDotNet
/// ships P95 and P100 but no P99. Shown in ms from a millisecond up (the tasking engine), else in µs (storage).
/// </summary>
public sealed class P99Column : IColumn
{
    public string Id => "P99";

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "99th percentile of all iterations (with one invocation per iteration: of all operations)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(99);
        return nanoseconds >= 1e6
            ? (nanoseconds / 1e6).ToString("0.00 'ms'", CultureInfo.InvariantCulture)
            : (nanoseconds / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " us";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Benchmarks.Domain;

/// <summary>Sun position and the daily events at Bamako.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SunBenchmarks
{
    private static readonly GeoPosition Bamako = new(12.6392, -8.0029);
    private static readonly DateTimeOffset Evening = new(2026, 4, 5, 18, 50, 0, TimeSpan.Zero);

    [Benchmark]
    public double Elevation() => SolarPosition.ElevationDegrees(Evening, Bamako);

    [Benchmark]
    public bool IsNight() => NightLeg.IsNight(Bamako, Evening, SunThresholds.Civil);

    [Benchmark]
    public DaylightTimes DaylightForADate() => DaylightCalculator.For(new DateOnly(2026, 4, 5), Bamako);
}

using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Benchmarks.Domain;

/// <summary>
/// The tasking engine's night check on a 200 km leg flown at 220 km/h (54.5 min), target under 5 µs and no
/// allocation: by day (no crossing), across civil dusk (the costly case: search and bisection) and in the dark.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class NightLegBenchmarks
{
    private static readonly GeoPosition From = new(12.6392, -8.0029);
    private static readonly GeoPosition To = GreatCircle.Destination(From, 70, 200_000);
    private static readonly TimeSpan Flight = TimeSpan.FromHours(200 / 220.0);

    private static readonly DateTimeOffset Midday = new(2026, 4, 5, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeDusk = new(2026, 4, 5, 18, 40, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Night = new(2026, 4, 5, 22, 0, 0, TimeSpan.Zero);

    [Benchmark]
    public DateTimeOffset? DayLeg() => NightLeg.FirstInstantBelow(From, Midday, To, Midday + Flight, SunThresholds.Civil);

    [Benchmark]
    public DateTimeOffset? LegCrossingCivilDusk() => NightLeg.FirstInstantBelow(From, BeforeDusk, To, BeforeDusk + Flight, SunThresholds.Civil);

    [Benchmark]
    public DateTimeOffset? NightLegFromDeparture() => NightLeg.FirstInstantBelow(From, Night, To, Night + Flight, SunThresholds.Civil);
}

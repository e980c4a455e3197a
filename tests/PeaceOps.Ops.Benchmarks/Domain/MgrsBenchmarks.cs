using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Benchmarks.Domain;

/// <summary>MGRS both ways at Menaka.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MgrsBenchmarks
{
    private static readonly GeoPosition Menaka = new(15.9182, 2.4022);

    [Benchmark]
    public string ToMgrs() => Mgrs.Format(Menaka, 5);

    [Benchmark]
    public MgrsReference FromMgrs() => Mgrs.Parse("31P DT 36013 59978");

    [Benchmark]
    public double GreatCircleDistance() => GreatCircle.DistanceMeters(Menaka, new GeoPosition(12.6392, -8.0029));
}

using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Domain.Medevac;

namespace PeaceOps.Ops.Benchmarks.Domain;

/// <summary>Reading a typed 9-line (the acceptance form) and writing the canonical text.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class NineLineBenchmarks
{
    private const string Typed = "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1 B1 C1\nLINE 4: A\nLINE 5: L2 A1\nLINE 6: P\nLINE 7: C\nLINE 8: C3\nLINE 9: NONE";

    private readonly NineLineRequest _request = NineLineText.Parse(Typed).Request!;

    [Benchmark]
    public NineLineParseResult ParseText() => NineLineText.Parse(Typed);

    [Benchmark]
    public string FormatText() => NineLineText.Format(_request);

    [Benchmark]
    public string SerializeJson() => NineLineJson.Serialize(_request);
}

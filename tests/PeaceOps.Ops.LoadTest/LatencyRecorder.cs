using System.Collections.Concurrent;

namespace PeaceOps.Ops.LoadTest;

/// <summary>Report-to-client latencies in milliseconds, from every client.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

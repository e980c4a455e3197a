namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// Milliseconds in 0.1 ms buckets up to a minute (beyond: the last bucket), lock-free: 50 clients record ~25,000
/// deliveries a second, and a sorted list of every sample would cost the tool the CPU it needs to keep its schedule.
/// The per-second ones use 1 ms buckets up to 10 s, so that one per second of the run stays small.
/// </summary>
public sealed class Histogram(double bucketMs = 0.1, int buckets = 600_001)
{
    private readonly long[] _buckets = new long[buckets];
    private long _count;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _count);

    public void Add(TimeSpan value)
    {
        var bucket = (int)Math.Clamp(value.TotalMilliseconds / bucketMs, 0, _buckets.Length - 1);
        Interlocked.Increment(ref _buckets[bucket]);
        Interlocked.Increment(ref _count);
        var ticks = value.Ticks;
        var max = Interlocked.Read(ref _maxTicks);
        while (ticks > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxTicks, ticks, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    public double MaxMs => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks)).TotalMilliseconds;

    /// <summary>The upper edge of the bucket holding the p-th percentile (nearest rank), in ms; NaN when empty.</summary>
    public double Percentile(double p)
    {
        var count = Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(p / 100 * count));
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= rank)
            {
                return Math.Min((i + 1) * bucketMs, MaxMs);
            }
        }

        return MaxMs;
    }

    public string Summary() => Count == 0
        ? "no samples"
        : FormattableString.Invariant($"median {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, max {MaxMs:F1} ms ({Count} samples)");
}

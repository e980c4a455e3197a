using System.Diagnostics;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// One monotonic clock for the whole run, read as UTC: a report's <c>at</c> (its due time), its send time and its arrival at a
/// client are all taken from it, so their differences are free of wall-clock steps and of <c>DateTimeOffset.UtcNow</c>'s cost.
/// </summary>
public sealed class LoadClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _originUtc = DateTimeOffset.UtcNow;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_origin);

    public DateTimeOffset Now => _originUtc + Elapsed;

    public DateTimeOffset At(TimeSpan elapsed) => _originUtc + elapsed;

    public TimeSpan ElapsedAt(DateTimeOffset utc) => utc - _originUtc;
}

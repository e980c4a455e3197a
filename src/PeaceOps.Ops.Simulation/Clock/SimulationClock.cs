namespace PeaceOps.Ops.Simulation.Clock;

/// <summary>
/// The simulated mission clock: starts at the real clock's "now" and runs <see cref="TimeScale"/> times faster
/// (1× for a JOC demo, 60× for exercises). It is a <see cref="TimeProvider"/>, so delays and timers taken from it
/// are scaled too (a 60-simulated-second wait lasts one real second), and it is built on the injected clock, so a
/// test's FakeTimeProvider drives it exactly. In the embedded host at a scale other than 1 it becomes the process's
/// TimeProvider, so grains, simulator and generator share one accelerated time. Orleans takes that TimeProvider too
/// (grain timers, directory caches, probe monitoring): harmless for a single silo, which is why exercises at 60×
/// run embedded and a cluster keeps 1×.
/// </summary>
public sealed class SimulationClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly long _realStart;
    private readonly DateTimeOffset _simulatedStart;

    public SimulationClock(TimeProvider real, double timeScale)
    {
        ArgumentNullException.ThrowIfNull(real);
        if (!double.IsFinite(timeScale) || timeScale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(timeScale), timeScale, "The time scale must be a positive number.");
        }

        _real = real;
        TimeScale = timeScale;
        _realStart = real.GetTimestamp();
        _simulatedStart = real.GetUtcNow();
    }

    public double TimeScale { get; }

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _simulatedStart + (_real.GetElapsedTime(_realStart) * TimeScale);

    public override long GetTimestamp() => _realStart + (long)((_real.GetTimestamp() - _realStart) * TimeScale);

    /// <summary>How long a simulated span lasts on the real clock.</summary>
    public TimeSpan ToReal(TimeSpan simulated) => simulated / TimeScale;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    internal TimeSpan Scale(TimeSpan simulated) => simulated == Timeout.InfiniteTimeSpan ? simulated : ToReal(simulated);
}

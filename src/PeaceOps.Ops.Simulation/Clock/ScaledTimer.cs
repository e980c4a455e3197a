namespace PeaceOps.Ops.Simulation.Clock;

/// <summary>A timer on the real clock whose due time and period are given in simulated time.</summary>
internal sealed class ScaledTimer(ITimer inner, SimulationClock clock) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>Casualty reports as a Poisson process: independent arrivals, exponentially distributed gaps.</summary>
public static class PoissonArrivals
{
    public static TimeSpan NextGap(double ratePerHour, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerHour);
        return TimeSpan.FromHours(-Math.Log(1 - random.NextDouble()) / ratePerHour);
    }
}

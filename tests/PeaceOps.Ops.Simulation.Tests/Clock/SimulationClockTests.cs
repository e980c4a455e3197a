using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Simulation.Clock;

namespace PeaceOps.Ops.Simulation.Tests.Clock;

public sealed class SimulationClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_60x_one_real_second_is_one_simulated_minute()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimulationClock(real, 60);

        real.Advance(TimeSpan.FromSeconds(1));

        clock.GetUtcNow().Should().Be(Start.AddMinutes(1));
    }

    [Fact]
    public void At_1x_the_simulation_clock_is_the_real_clock()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimulationClock(real, 1);

        real.Advance(TimeSpan.FromMinutes(17));

        clock.GetUtcNow().Should().Be(real.GetUtcNow());
    }

    [Fact]
    public void Elapsed_time_measured_on_the_simulation_clock_is_simulated_time()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimulationClock(real, 60);
        var started = clock.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(30));

        clock.GetElapsedTime(started).Should().Be(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task A_simulated_minute_of_waiting_lasts_one_real_second_at_60x()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimulationClock(real, 60);

        var wait = Task.Delay(TimeSpan.FromMinutes(1), clock, TestContext.Current.CancellationToken);
        real.Advance(TimeSpan.FromMilliseconds(999));
        var beforeDue = wait.IsCompleted;
        real.Advance(TimeSpan.FromMilliseconds(1));
        await wait;

        beforeDue.Should().BeFalse();
    }

    [Fact]
    public void A_time_scale_that_is_not_positive_is_refused()
    {
        var create = () => new SimulationClock(TimeProvider.System, 0);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeScale");
    }
}

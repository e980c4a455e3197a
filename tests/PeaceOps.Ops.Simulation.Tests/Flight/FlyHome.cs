using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Flight;

namespace PeaceOps.Ops.Simulation.Tests.Flight;

/// <summary>
/// Moves the fake clock one simulator step at a time until the aircraft is available again and nothing is flying: the
/// rest of its mission and its way home. Stops after the given number of steps so a flight that never ends fails the
/// test's own assertions instead of hanging it.
/// </summary>
internal static class FlyHome
{
    public static async Task<AircraftSnapshot> UntilAvailableAsync(FlightSimulator simulator, IAircraftGrain aircraft, FakeTimeProvider fake, SimulationClock clock, TimeSpan step, int maxSteps)
    {
        AircraftSnapshot snapshot;
        var steps = 0;
        do
        {
            fake.Advance(clock.ToReal(step));
            await simulator.TickAsync(TestContext.Current.CancellationToken);
            snapshot = await aircraft.GetSnapshot();
        }
        while ((snapshot.Status != AircraftStatus.Available || simulator.Flying.Count > 0) && ++steps < maxSteps);

        return snapshot;
    }
}

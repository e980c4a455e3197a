using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Generator;
using PeaceOps.Ops.Simulation.Scenarios.Loading;

namespace PeaceOps.Ops.Simulation.Tests.Generator;

public sealed class IncidentGeneratorTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Generated_casualties_are_reported_inside_the_mission_and_tasked_when_nobody_acts()
    {
        var fake = new FakeTimeProvider(Morning);
        var clock = new SimulationClock(fake, 60);
        await using var host = await RunningHost.StartAsync(
            ["--PeaceOps:Scenario=exercise-small"],
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var mission = ScenarioLoader.Load(ScenarioCatalog.Resolve("exercise-small")!).Mission;
        var settings = new IncidentGeneratorSettings(true, RatePerHour: 4, new PrecedenceMix(), AutoTaskAfter: TimeSpan.FromMinutes(5), Seed: 11);
        var generator = new IncidentGenerator(grains, clock, mission, settings, NullLogger<IncidentGenerator>.Instance);

        for (var minute = 0; minute < 60; minute++)
        {
            fake.Advance(clock.ToReal(TimeSpan.FromMinutes(1)));
            await generator.TickAsync(TestContext.Current.CancellationToken);
        }

        var incidents = (await grains.GetGrain<IMissionGrain>(IMissionGrain.Key).GetSnapshot()).Incidents;
        incidents.Should().NotBeEmpty("four an hour are expected");
        var states = await Task.WhenAll(incidents.Select(i => grains.GetGrain<IIncidentGrain>(i.IncidentId).GetState()));
        states.Should().OnlyContain(s => mission.Area.Contains(new Domain.Geo.GeoPosition(s.NineLine.PickupLat, s.NineLine.PickupLon)) && s.ReportedBy == IncidentGenerator.Actor);
        states.Should().Contain(s => s.Tasking != null && s.Tasking.ApprovedBy == IncidentGenerator.Actor, "an incident left alone for 5 minutes is tasked by the simulator");
    }
}

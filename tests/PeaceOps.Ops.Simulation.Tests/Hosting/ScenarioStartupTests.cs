using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Silo.Hosting;
using PeaceOps.Ops.Simulation.Tests.Scenarios;

namespace PeaceOps.Ops.Simulation.Tests.Hosting;

/// <summary>The scenario chosen at start-up reaches the grains once, and a broken one stops the start.</summary>
public sealed class ScenarioStartupTests
{
    [Fact]
    public async Task A_broken_scenario_stops_the_start_naming_the_file_the_item_and_the_field()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[0]!["type"] = "Mi-26");

        var start = () => RunningHost.StartAsync([$"--PeaceOps:Scenario={scenario.Directory}"]);

        (await start.Should().ThrowAsync<StartupException>()).WithMessage("*aircraft.json: aircraft 'EX-1' (#1), field 'type': unknown aircraft type 'Mi-26'*");
    }

    [Fact]
    public async Task An_unknown_scenario_name_stops_the_start()
    {
        var start = () => RunningHost.StartAsync(["--PeaceOps:Scenario=atlantis"]);

        (await start.Should().ThrowAsync<StartupException>()).WithMessage("*atlantis*demo*");
    }

    [Fact]
    public async Task The_scenario_is_in_the_grains_when_the_product_says_it_is_ready()
    {
        await using var host = await RunningHost.StartAsync(["--PeaceOps:Scenario=exercise-small"]);
        await host.WaitUntilReadyAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var mission = await grains.GetGrain<IMissionGrain>(IMissionGrain.Key).GetSnapshot();
        var ex1 = await grains.GetGrain<IAircraftGrain>("EX-1").GetSnapshot();

        mission.AircraftIds.Should().BeEquivalentTo(["EX-1", "EX-2"]);
        mission.FacilityIds.Should().BeEquivalentTo(["GAO-L2", "ANS-L1"]);
        mission.Airspace.Should().ContainSingle(z => z.Id == "R-1" && z.Kind == AirspaceKind.Restricted && z.ClearanceLeadTimeHours == 24);
        mission.LandingSites.Select(s => s.Id).Should().BeEquivalentTo(["GAO-AB", "ANS-HLS"]);
        mission.Settings.NightFlightAuthorized.Should().BeFalse();
        ex1.Profile.CruiseSpeedKmh.Should().Be(230);
        ex1.Position.Should().NotBeNull("the picture shows every aircraft where it is, from the start");
        ex1.Position!.Lat.Should().BeApproximately(16.2484, 1e-6);
    }

    [Fact]
    public async Task A_restart_on_the_same_database_keeps_live_state_and_duplicates_nothing()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("peaceops-test-").FullName;
        await using (var first = await RunningHost.StartAsync(["--PeaceOps:Scenario=exercise-small"], dataDirectory))
        {
            var grains = first.Services.GetRequiredService<IGrainFactory>();
            await grains.GetGrain<IAircraftGrain>("EX-2").SetStatus(AircraftStatus.Unserviceable, "gearbox", new CommandContext("admin", "test:unserviceable"));
            await grains.GetGrain<IMissionGrain>(IMissionGrain.Key).UpdateSettings(new MissionSettingsDto(NightFlightAuthorized: true), new CommandContext("admin", "test:night"));
        }

        await using var second = await RunningHost.StartAsync(["--PeaceOps:Scenario=exercise-small"], dataDirectory);
        var again = second.Services.GetRequiredService<IGrainFactory>();
        var mission = await again.GetGrain<IMissionGrain>(IMissionGrain.Key).GetSnapshot();
        var ex2 = await again.GetGrain<IAircraftGrain>("EX-2").GetSnapshot();

        ex2.Status.Should().Be(AircraftStatus.Unserviceable);
        mission.Settings.NightFlightAuthorized.Should().BeTrue("an admin's change survives a restart");
        mission.AircraftIds.Should().HaveCount(2);
        mission.Airspace.Should().ContainSingle();
        Directory.Delete(dataDirectory, recursive: true);
    }
}

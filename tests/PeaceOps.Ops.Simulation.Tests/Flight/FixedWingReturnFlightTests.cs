using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Flight;
using PeaceOps.Ops.Simulation.Tests.Scenarios;

namespace PeaceOps.Ops.Simulation.Tests.Flight;

/// <summary>
/// The simulated C-130 flies the way home the tasking engine planned: to a runway. The demo with an airstrip added
/// next to the Kidal clinic: the C-130 lands there, and the nearest base to it is the Kidal camp helipad, which has
/// no runway; the nearest runway is Tessalit's (~200 km north), nearer than Gao's (~280 km).
/// </summary>
public sealed class FixedWingReturnFlightTests
{
    // 08:00Z in March: the whole flight, with the C-130's 90 min notice to move, is flown in daylight.
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoPosition GaoAirport = new(16.2484, -0.0054);
    private static readonly GeoPosition Tessalit = new(20.2430, 0.9810);

    [Fact]
    public async Task A_C130_that_landed_at_the_kidal_airstrip_ends_at_the_nearest_runway_not_at_the_kidal_camp_helipad()
    {
        using var scenario = new ScenarioCopy("demo");
        scenario.Edit("landing-sites.json", root => root.AsArray().Add(JsonNode.Parse(
            """{ "id": "KDL-AS", "name": "Kidal airstrip", "kind": "hls", "position": { "lat": 18.4450, "lon": 1.3900 }, "nightCapable": false, "fixedWingCapable": true }""")));
        var step = TimeSpan.FromSeconds(30);
        var fake = new FakeTimeProvider(Morning);
        var clock = new SimulationClock(fake, 60);
        await using var host = await RunningHost.StartAsync(
            [$"--PeaceOps:Scenario={scenario.Directory}", "--PeaceOps:Simulation:Enabled=false"],
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var simulator = new FlightSimulator(grains, clock, new FlightSimulatorSettings(step, TimeSpan.FromMinutes(10)), NullLogger<FlightSimulator>.Instance);
        var incident = grains.GetGrain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("test:kidal-strip"));
        var nineLine = new NineLine(GaoAirport.Latitude, GaoAirport.Longitude, Mgrs.Format(GaoAirport, 5), "41.50", "CONVOY 3", new PatientsByPrecedence(1, 0, 0, 0), [], 1, 0, "N", "C", "A", "NONE");
        await incident.Report(new ReportIncident(nineLine, null, new CommandContext("duty", "test:kidal-strip")));
        var herky = (await incident.GetOptions()).Single(o => o.Callsign == "HERKY 51" && o.FacilityId == "KDL-L1");
        herky.Legs[1].To.Name.Should().Be("Kidal airstrip");
        herky.Legs.Should().HaveCount(3);
        herky.Legs[2].To.Name.Should().Be("Tessalit (Amachach) airfield", "the C-130 is planned home to a runway");
        await incident.ApproveTasking(new ApproveTasking(herky.AircraftId, herky.FacilityId, herky.HasBlockingViolations ? "test" : null, new CommandContext("duty", "test:approve-kidal-strip")));
        var aircraft = grains.GetGrain<IAircraftGrain>(herky.AircraftId);

        var snapshot = await FlyHome.UntilAvailableAsync(simulator, aircraft, fake, clock, step, maxSteps: 1500);

        snapshot.Status.Should().Be(AircraftStatus.Available);
        (await incident.GetState()).Status.Should().Be(IncidentStatus.AtFacility);
        GreatCircle.DistanceMeters(new GeoPosition(snapshot.Position!.Lat, snapshot.Position.Lon), Tessalit).Should().BeLessThan(10, "the C-130 landed at Tessalit, where the plan said");
        snapshot.Position.SpeedKts.Should().Be(0);
    }
}

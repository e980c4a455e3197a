using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Flight;

namespace PeaceOps.Ops.Simulation.Tests.Flight;

/// <summary>
/// The simulator against the real product at 60×: the whole process runs on one accelerated clock over a fake
/// clock that the test moves, so a flight of an hour takes a minute of fake time and no real waiting.
/// </summary>
public sealed class FlightSimulatorTests
{
    // 08:00Z in March: full daylight at Gao (UTC+0), so the exercise (no night flying) can fly.
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    private static readonly GeoPosition NorthOfGao = new(16.55, -0.20);
    private static readonly GeoPosition GaoAirport = new(16.2484, -0.0054);

    [Fact]
    public async Task An_approved_casualty_flight_reaches_the_facility_on_times_that_match_route_length_and_speed()
    {
        var fake = new FakeTimeProvider(Morning);
        var clock = new SimulationClock(fake, 60);
        await using var host = await RunningHost.StartAsync(
            ["--PeaceOps:Scenario=exercise-small"],
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var simulator = new FlightSimulator(grains, clock, new FlightSimulatorSettings(Step, TimeSpan.FromMinutes(10)), NullLogger<FlightSimulator>.Instance);
        var incident = grains.GetGrain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("test:north-of-gao"));
        await incident.Report(new ReportIncident(UrgentSurgicalAt(NorthOfGao), null, new CommandContext("duty", "test:north-of-gao")));
        var best = (await incident.GetOptions())[0];
        await incident.ApproveTasking(new ApproveTasking(best.AircraftId, best.FacilityId, best.HasBlockingViolations ? "test" : null, new CommandContext("duty", "test:approve")));
        var cruiseKmh = (await grains.GetGrain<IAircraftGrain>(best.AircraftId).GetSnapshot()).Profile.CruiseSpeedKmh;

        var airborneSeen = false;
        IncidentSnapshot state;
        var steps = 0;
        do
        {
            fake.Advance(clock.ToReal(Step));
            await simulator.TickAsync(TestContext.Current.CancellationToken);
            state = await incident.GetState();
            airborneSeen |= (await grains.GetGrain<IAircraftGrain>(best.AircraftId).GetSnapshot()).Position is { SpeedKts: > 0, AltitudeM: > 0 };
        }
        while (state.Status != IncidentStatus.AtFacility && ++steps < 2000);

        state.Status.Should().Be(IncidentStatus.AtFacility);
        airborneSeen.Should().BeTrue("position reports in flight go through the aircraft's ingest");
        var launched = At(state, "AircraftLaunched");
        var atPickup = At(state, "ArrivedAtPickup");
        var loaded = At(state, "PatientsLoaded");
        var handedOver = At(state, "HandedOver");
        var facility = (await grains.GetGrain<IMedicalFacilityGrain>(best.FacilityId).GetSnapshot()).Profile.Position;
        var pickupLegIndex = LegEndingNearest(best, NorthOfGao, 0);
        var facilityLegIndex = LegEndingNearest(best, new GeoPosition(facility.Lat, facility.Lon), pickupLegIndex + 1);
        var pickupLeg = FlightTime(best, 0, pickupLegIndex, cruiseKmh);
        var facilityLeg = FlightTime(best, pickupLegIndex + 1, facilityLegIndex, cruiseKmh);
        (atPickup - launched).Should().BeCloseTo(pickupLeg, Step);
        (handedOver - loaded).Should().BeCloseTo(facilityLeg, Step);
        (loaded - atPickup).Should().BeCloseTo(TimeSpan.FromMinutes(10), Step, "the mission's ground time at the pickup");
        launched.Should().BeOnOrAfter(Morning);
    }

    [Fact]
    public async Task After_the_handover_the_aircraft_flies_home_and_is_available_again()
    {
        var fake = new FakeTimeProvider(Morning);
        var clock = new SimulationClock(fake, 60);
        await using var host = await RunningHost.StartAsync(
            ["--PeaceOps:Scenario=exercise-small"],
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var simulator = new FlightSimulator(grains, clock, new FlightSimulatorSettings(Step, TimeSpan.FromMinutes(10)), NullLogger<FlightSimulator>.Instance);
        var incident = grains.GetGrain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("test:home"));
        await incident.Report(new ReportIncident(UrgentSurgicalAt(NorthOfGao), null, new CommandContext("duty", "test:home")));
        var best = (await incident.GetOptions())[0];
        await incident.ApproveTasking(new ApproveTasking(best.AircraftId, best.FacilityId, best.HasBlockingViolations ? "test" : null, new CommandContext("duty", "test:approve-home")));
        var aircraft = grains.GetGrain<IAircraftGrain>(best.AircraftId);

        var snapshot = await FlyHome.UntilAvailableAsync(simulator, aircraft, fake, clock, Step, maxSteps: 3000);

        snapshot.Status.Should().Be(AircraftStatus.Available);
        snapshot.Tasking.Should().BeNull();
        GreatCircle.DistanceMeters(new GeoPosition(snapshot.Position!.Lat, snapshot.Position.Lon), new GeoPosition(snapshot.Profile.BasePosition.Lat, snapshot.Profile.BasePosition.Lon)).Should().BeLessThan(10);
        snapshot.Position.SpeedKts.Should().Be(0);
    }

    [Fact]
    public async Task A_fixed_wing_handover_is_reported_when_the_ambulance_arrives_not_when_the_aircraft_lands()
    {
        // Gao airport to Bamako Level III by HERKY 51: it lands at Sénou and an ambulance drives the casualty ~35 min on.
        var step = TimeSpan.FromSeconds(30);
        var fake = new FakeTimeProvider(Morning);
        var clock = new SimulationClock(fake, 60);
        await using var host = await RunningHost.StartAsync(
            ["--PeaceOps:Scenario=demo", "--PeaceOps:Simulation:Enabled=false"],
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var simulator = new FlightSimulator(grains, clock, new FlightSimulatorSettings(step, TimeSpan.FromMinutes(10)), NullLogger<FlightSimulator>.Instance);
        var incident = grains.GetGrain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("test:stratevac"));
        await incident.Report(new ReportIncident(UrgentSurgicalAt(GaoAirport), null, new CommandContext("duty", "test:stratevac")));
        var herky = (await incident.GetOptions()).Single(o => o.Callsign == "HERKY 51" && o.FacilityId == "BKO-L3");
        await incident.ApproveTasking(new ApproveTasking(herky.AircraftId, herky.FacilityId, herky.HasBlockingViolations ? "test" : null, new CommandContext("duty", "test:approve-stratevac")));
        var aircraft = grains.GetGrain<IAircraftGrain>(herky.AircraftId);
        var landing = herky.Legs[1];
        landing.To.Name.Should().Be("Bamako-Senou international airport");
        var airfield = new GeoPosition(landing.To.Lat, landing.To.Lon);
        var planned = herky.FacilityEta - landing.ArriveAt;

        DateTimeOffset? landedAt = null;
        var releasedBeforeHandover = false;
        IncidentSnapshot state;
        var steps = 0;
        do
        {
            fake.Advance(clock.ToReal(step));
            await simulator.TickAsync(TestContext.Current.CancellationToken);
            state = await incident.GetState();
            var snapshot = await aircraft.GetSnapshot();
            var position = snapshot.Position!;
            releasedBeforeHandover |= state.Status is IncidentStatus.Tasked or IncidentStatus.Launched or IncidentStatus.AtPickup or IncidentStatus.PatientsOnBoard && snapshot.Tasking is null;
            if (landedAt is null && GreatCircle.DistanceMeters(new GeoPosition(position.Lat, position.Lon), airfield) < 100 && position.SpeedKts == 0)
            {
                landedAt = clock.GetUtcNow();
                state.Status.Should().Be(IncidentStatus.PatientsOnBoard, "the casualty is still on the ramp at Sénou, not at the hospital");
            }
        }
        while (state.Status != IncidentStatus.AtFacility && ++steps < 1500);

        state.Status.Should().Be(IncidentStatus.AtFacility);
        landedAt.Should().NotBeNull("the C-130 lands at Sénou on the way");
        planned.TotalMinutes.Should().BeApproximately(35.4, 0.5);
        (At(state, "HandedOver") - landedAt!.Value).Should().BeCloseTo(planned, 2 * step, "the handover is the ambulance's arrival, as the option predicted");
        releasedBeforeHandover.Should().BeFalse("the aircraft keeps the tasking until the casualty is handed over");

        // The C-130's planned return ends before the ambulance arrives: the flight is not flown again once the handover frees it.
        for (var i = 0; i < 5; i++)
        {
            fake.Advance(clock.ToReal(step));
            await simulator.TickAsync(TestContext.Current.CancellationToken);
        }

        var after = await aircraft.GetSnapshot();
        after.Tasking.Should().BeNull();
        after.Status.Should().Be(AircraftStatus.Available);
        simulator.Flying.Should().NotContain(herky.AircraftId);
        (await incident.GetState()).Status.Should().Be(IncidentStatus.AtFacility);
    }

    private static DateTimeOffset At(IncidentSnapshot state, string type) =>
        state.Timeline.Should().ContainSingle(e => e.Type == type, $"the timeline has {type}").Subject.At;

    private static int LegEndingNearest(TaskingOptionDto option, GeoPosition target, int from) =>
        option.Legs.Select((l, i) => (Distance: GreatCircle.DistanceMeters(new GeoPosition(l.To.Lat, l.To.Lon), target), Index: i)).Skip(from).MinBy(x => x.Distance).Index;

    private static TimeSpan FlightTime(TaskingOptionDto option, int firstLeg, int lastLeg, double cruiseKmh) =>
        TimeSpan.FromHours(option.Legs.Skip(firstLeg).Take(lastLeg - firstLeg + 1)
            .Sum(l => GreatCircle.DistanceMeters(new GeoPosition(l.From.Lat, l.From.Lon), new GeoPosition(l.To.Lat, l.To.Lon))) / 1000 / cruiseKmh);

    private static NineLine UrgentSurgicalAt(GeoPosition pickup) =>
        new(pickup.Latitude, pickup.Longitude, Mgrs.Format(pickup, 5), "41.50", "CONVOY 3", new PatientsByPrecedence(0, 1, 0, 0), [], 1, 0, "N", "C", "A", "NONE");
}

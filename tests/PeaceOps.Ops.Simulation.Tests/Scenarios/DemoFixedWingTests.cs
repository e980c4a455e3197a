using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Simulation.Bootstrap;
using PeaceOps.Ops.Simulation.Scenarios.Loading;
using ContractKind = PeaceOps.Ops.Contracts.Mission.LandingSiteKind;

namespace PeaceOps.Ops.Simulation.Tests.Scenarios;

/// <summary>
/// The demo's C-130 as the duty officer met it: a night 9-line in open country south of Gao ranked HERKY 51 first.
/// The scenario's category and runways must reach the tasking engine through the contracts and the grains' mapping.
/// </summary>
public sealed class DemoFixedWingTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 26, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_scenario_carries_fixed_wing_and_runways_to_the_contracts()
    {
        var demo = ScenarioLoader.Load(ScenarioCatalog.Resolve("demo")!);
        var profiles = demo.Aircraft.ToDictionary(a => a.Callsign, a => ScenarioContracts.Aircraft(demo, a));
        var sites = demo.LandingSites.ToDictionary(s => s.Id, ScenarioContracts.LandingSite);

        profiles["HERKY 51"].FixedWing.Should().BeTrue();
        profiles.Values.Where(p => p.Type != "C-130H").Should().OnlyContain(p => !p.FixedWing, "the other types are helicopters");
        sites["GAO-AB"].FixedWingCapable.Should().BeTrue();
        sites["GAO-AB"].Kind.Should().Be(ContractKind.Base);
        sites["KDL-HLS"].FixedWingCapable.Should().BeFalse("Kidal's base is a camp helipad");
        sites["BKO-AF"].Kind.Should().Be(ContractKind.Airfield);
        PlanningMapper.ToPlanning(sites["BKO-AF"]).TakesFixedWing.Should().BeTrue();
    }

    [Fact]
    public void From_gao_airport_to_bamako_the_C130_lands_at_senou_and_its_eta_includes_the_ambulance_to_the_level_III()
    {
        // Sénou → Bamako Level III is 13.0 km in a straight line: ~16.9 km by road at 40 km/h is 25.4 min, plus the
        // 10 min handover from aircraft to ambulance.
        var day = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var gaoAirport = new GeoPosition(16.2484, -0.0054);
        var request = new TaskingRequest("INC-STRATEVAC", gaoAirport, new PrecedenceCounts(Priority: 1), 1, 0, SpecialEquipment.None, PickupSecurity.NoEnemy, day, day);

        var result = new TaskingEngine().Evaluate(request, DemoSituation(day));

        var herky = result.Options.Single(o => o.Callsign == "HERKY 51" && o.FacilityId == "BKO-L3");
        herky.Legs[1].To.Name.Should().Be("Bamako-Senou international airport");
        var road = herky.RoadTransfer!;
        (road.StraightLineMeters / 1000).Should().BeApproximately(13.0, 0.2);
        (herky.FacilityEta - herky.Legs[1].ArriveAt).TotalMinutes.Should().BeApproximately(35.4, 0.5);
        herky.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingRoadTransfer)
            .Which.Message.Should().Contain("road transfer Bamako-Senou international airport → Bamako Level III hospital, 13 km (~17 km by road), ~36 min");
    }

    [Fact]
    public void A_night_pickup_in_open_country_south_of_gao_is_not_offered_to_the_C130()
    {
        var situation = DemoSituation(Night);
        var request = new TaskingRequest("INC-NIGHT", new GeoPosition(15.95, -0.05), new PrecedenceCounts(UrgentSurgical: 1), 1, 0, SpecialEquipment.None, PickupSecurity.NoEnemy, Night, Night);

        var result = new TaskingEngine().Evaluate(request, situation);

        result.Errors.Should().BeEmpty();
        result.Best!.Callsign.Should().NotBe("HERKY 51");
        var herky = result.Options.Where(o => o.Callsign == "HERKY 51").ToArray();
        herky.Should().NotBeEmpty().And.OnlyContain(o => !o.Feasible);
        herky.Single(o => o.FacilityId == "GAO-L2").Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingPickupNotAirfield)
            .Which.Message.Should().Contain("nearest airfield: Gao airport");
    }

    /// <summary>The demo mission as the grains hand it to the engine: every aircraft at its base and available, every facility open.</summary>
    private static TaskingSituation DemoSituation(DateTimeOffset at)
    {
        var demo = ScenarioLoader.Load(ScenarioCatalog.Resolve("demo")!);
        var aircraft = demo.Aircraft
            .Select(a => ScenarioContracts.Aircraft(demo, a))
            .Select(p => PlanningMapper.ToPlanning(new AircraftSnapshot(p, AircraftStatus.Available, null, p.EnduranceMinutes, null, null, at)))
            .ToArray();
        var facilities = demo.Facilities
            .Select(ScenarioContracts.Facility)
            .Select(p => PlanningMapper.ToPlanning(new FacilitySnapshot(p, FacilityStatus.Open, p.Beds, p.OperatingTables, null, at, "test")))
            .ToArray();
        return new TaskingSituation(
            at,
            aircraft,
            facilities,
            [.. demo.Airspace.Select(ScenarioContracts.Zone).Select(PlanningMapper.ToPlanning)],
            [.. demo.LandingSites.Select(ScenarioContracts.LandingSite).Select(PlanningMapper.ToPlanning)],
            PlanningMapper.ToPlanning(ScenarioContracts.Settings(demo.Mission.Settings)),
            []);
    }
}

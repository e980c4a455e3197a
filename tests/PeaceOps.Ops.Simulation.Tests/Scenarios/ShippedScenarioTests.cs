using PeaceOps.Ops.Simulation.Scenarios.Loading;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Tests.Scenarios;

public sealed class ShippedScenarioTests
{
    public static TheoryData<string> Shipped() => new(ScenarioCatalog.ShippedNames());

    [Fact]
    public void The_demo_and_a_small_exercise_are_shipped_beside_the_program() =>
        ScenarioCatalog.ShippedNames().Should().Contain(["demo", "exercise-small"]);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_scenario_loads_and_validates(string name)
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.Resolve(name)!);

        scenario.Name.Should().Be(name);
        scenario.Aircraft.Should().NotBeEmpty();
        scenario.Facilities.Should().NotBeEmpty();
        scenario.Mission.Description.Should().NotBeEmpty();
    }

    [Fact]
    public void The_demo_has_a_mixed_fleet_of_at_least_eight_aircraft_with_one_fixed_wing()
    {
        var demo = Demo();

        demo.Aircraft.Should().HaveCountGreaterThanOrEqualTo(8);
        demo.Aircraft.Select(a => demo.TypeOf(a).Category).Should().Contain(AircraftCategory.FixedWing);
        demo.Aircraft.Select(a => a.TypeId).Distinct().Should().HaveCountGreaterThanOrEqualTo(4);
        demo.Aircraft.Should().Contain(a => a.Amet);
    }

    [Fact]
    public void In_the_demo_only_some_aircraft_may_fly_at_night()
    {
        var demo = Demo();
        var nightCapable = demo.Aircraft.Where(a => a.NvgAirframe && a.CrewNvgCurrent).ToArray();

        demo.Mission.Settings.NightFlightAuthorized.Should().BeTrue();
        nightCapable.Should().NotBeEmpty();
        nightCapable.Length.Should().BeLessThan(demo.Aircraft.Count);
    }

    [Fact]
    public void The_demo_has_level_I_clinics_two_level_II_hospitals_and_a_level_III_on_an_airfield()
    {
        var demo = Demo();

        demo.Facilities.Count(f => f.Level == "I").Should().BeGreaterThanOrEqualTo(3);
        demo.Facilities.Count(f => f.Level == "II").Should().BeGreaterThanOrEqualTo(2);
        var level3 = demo.Facilities.Should().ContainSingle(f => f.Level == "III").Subject;
        demo.LandingSites.Single(s => s.Id == level3.LandingSiteId).FixedWingCapable.Should().BeTrue();
    }

    [Fact]
    public void The_demo_has_prohibited_restricted_and_threat_zones()
    {
        Demo().Airspace.Select(z => z.Kind).Should().Contain(["prohibited", "restricted", "threat"]);
    }

    [Fact]
    public void The_demo_is_on_real_geography_gao_is_where_gao_is()
    {
        var gao = Demo().LandingSites.Single(s => s.Id == "GAO-AB").Position;

        gao.Latitude.Should().BeApproximately(16.25, 0.05);
        gao.Longitude.Should().BeApproximately(0.0, 0.05);
    }

    [Fact]
    public void The_demo_scripts_one_event_of_each_kind()
    {
        Demo().Events.Select(e => e.GetType()).Should().BeEquivalentTo(
            [typeof(ScriptedIncident), typeof(ScriptedZoneActivation), typeof(ScriptedFacilityStatus), typeof(ScriptedAircraftUnserviceable)]);
    }

    [Fact]
    public void A_scenario_is_found_by_its_name_by_its_folder_or_not_at_all_for_none()
    {
        var byName = ScenarioCatalog.Resolve("demo")!;

        ScenarioCatalog.Resolve(byName).Should().Be(byName);
        ScenarioCatalog.Resolve("none").Should().BeNull();
        ScenarioCatalog.Resolve("NONE").Should().BeNull();
    }

    [Fact]
    public void An_unknown_scenario_name_lists_the_shipped_ones()
    {
        var resolve = () => ScenarioCatalog.Resolve("no-such-mission");

        resolve.Should().Throw<ScenarioValidationException>().WithMessage("*no-such-mission*demo*exercise-small*");
    }

    private static Scenario Demo() => ScenarioLoader.Load(ScenarioCatalog.Resolve("demo")!);
}

using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// A C-130 lands only on runways: it may lift casualties from an airfield to a facility near an airfield, never from
/// a point of injury. Base A (origin) is an airport unless a test says otherwise.
/// </summary>
public sealed class FixedWingTests
{
    private static readonly AircraftProfile C130 = new("C-130H", 550, TimeSpan.FromHours(10), 70, 90, Hoist: false, NvgCapable: true, FixedWing: true);
    private static readonly LandingSite Airport = new("BASE-A", "Base A airport", Mission.At(0), LandingSiteKind.Base, NightCapable: true, Runway: true);
    private readonly TaskingEngine _engine = new();

    private static IEnumerable<string> FixedWingCodes(TaskingOption option) =>
        option.Violations.Select(v => v.Code).Where(c => c is ViolationCodes.FixedWingPickupNotAirfield or ViolationCodes.FixedWingFacilityNoAirfield);

    [Fact]
    public void Fixed_wing_cannot_lift_from_open_country_and_says_where_the_nearest_airfield_is()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130), Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(1))], sites: [Airport]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(0, -45), now), situation);

        var herky = result.Options.Single(o => o.AircraftId == "F1");
        herky.Feasible.Should().BeFalse("a C-130 cannot land at a point of injury, however fast it would be there");
        var violation = herky.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingPickupNotAirfield).Which;
        violation.Severity.Should().Be(ViolationSeverity.Blocking);
        violation.Message.Should().Contain("UNO-F1 (C-130H) is fixed-wing").And.Contain("not at an airfield")
            .And.Contain("nearest airfield: Base A airport, 45 km away");
        FixedWingCodes(herky).Should().Equal([ViolationCodes.FixedWingPickupNotAirfield], "Level II L2 is 1 km from the airport");
        result.Best!.AircraftId.Should().Be("H1", "ranking puts the feasible helicopter before the blocked C-130");
    }

    [Fact]
    public void A_base_that_is_only_a_helipad_is_no_airfield()
    {
        var now = Mission.Morning;
        var helipad = Mission.Base("BASE-A", Mission.At(0));
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130)], [Mission.LevelII("L2", Mission.At(1))], sites: [helipad]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(0.5), now), situation).Best!;

        option.Feasible.Should().BeFalse();
        FixedWingCodes(option).Should().Equal(ViolationCodes.FixedWingPickupNotAirfield, ViolationCodes.FixedWingFacilityNoAirfield);
        option.Violations.Should().Contain(v => v.Message.Contains("the mission lists no airfield", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_wing_from_an_airfield_to_a_facility_near_an_airfield_is_not_blocked_by_the_runway_rule()
    {
        // Strategic evacuation: casualties brought to the airport at base A, flown 600 km to an airfield 10 km from a Level II.
        var now = Mission.Morning;
        var farField = new LandingSite("AF-B", "Far airfield", Mission.At(610), LandingSiteKind.Airfield, NightCapable: true);
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130)], [Mission.LevelII("FAR", Mission.At(600)), Mission.LevelII("MID", Mission.At(300))], sites: [Airport, farField]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(1), now), situation);

        var far = result.Options.Single(o => o.FacilityId == "FAR");
        FixedWingCodes(far).Should().BeEmpty();
        far.Feasible.Should().BeTrue();
        var mid = result.Options.Single(o => o.FacilityId == "MID");
        mid.Feasible.Should().BeFalse();
        mid.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingFacilityNoAirfield).Which.Message
            .Should().Contain("Level II MID has no airfield within 30 km by road").And.Contain("nearest airfield: Base A airport, 300 km away");
    }

    [Fact]
    public void Helicopters_land_anywhere()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(100))], sites: [Airport]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(0, -45), now), situation).Best!;

        option.Feasible.Should().BeTrue();
        FixedWingCodes(option).Should().BeEmpty();
    }
}

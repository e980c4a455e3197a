using PeaceOps.Ops.Domain.Sun;
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
    public void A_fixed_wing_eta_at_the_facility_includes_the_road_transfer_from_the_airfield()
    {
        // Casualties brought to the airport at base A (1 km from the grid), flown 609 km to the far airfield, then
        // 10 km straight-line to Level II FAR by ground ambulance: 10 × 1.3 = 13 km of road at 40 km/h = 19.5 min,
        // after a 10 min handover from the aircraft to the ambulance, so the casualty reaches surgery 29.5 min after
        // the C-130 lands. Injured 35 min ago: landing at the airfield (~77 min) would look like "meets 2 h"; the
        // casualty actually reaches the operating table at ~106 + 35 = 141 min.
        var now = Mission.Morning;
        var farField = new LandingSite("AF-B", "Far airfield", Mission.At(610), LandingSiteKind.Airfield, NightCapable: true);
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130)], [Mission.LevelII("FAR", Mission.At(600))], sites: [Airport, farField]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(1), now.AddMinutes(-35), urgent: 0, urgentSurgical: 1), situation);

        var option = result.Options.Single();
        option.Legs[0].To.Name.Should().Be("Base A airport", "a C-130 lands on the runway, not at the grid 1 km away");
        option.Legs[1].From.Name.Should().Be("Base A airport");
        option.Legs[1].To.Name.Should().Be("Far airfield", "the flight ends on the runway nearest the facility, not at the facility");
        option.Legs[1].To.Position.Should().Be(farField.Position);
        var transfer = option.RoadTransfer!;
        transfer.From.Name.Should().Be("Far airfield");
        transfer.To.Name.Should().Be("Level II FAR");
        transfer.DepartAt.Should().Be(option.Legs[1].ArriveAt);
        transfer.RoadMeters.Should().BeApproximately(13_000, 100);
        option.FacilityEta.Should().Be(transfer.ArriveAt);
        option.FacilityEta.Should().BeCloseTo(option.Legs[1].ArriveAt.AddMinutes(29.5), TimeSpan.FromSeconds(20));
        option.SurgeryAt.Should().Be(option.FacilityEta);
        option.ResuscitationAt.Should().Be(option.FacilityEta);
        (option.Legs[1].ArriveAt - result.SurgeryDueAt).Should().BeNegative("the flight alone would land inside the 2 h");
        option.MeetsSurgery.Should().BeFalse("the casualty is on the operating table only after the road transfer");
        option.Feasible.Should().BeTrue();
        var sentence = option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingRoadTransfer).Which;
        sentence.Severity.Should().Be(ViolationSeverity.Warning, "a ground ambulance must be waiting at the airfield");
        sentence.Message.Should().Contain("road transfer Far airfield → Level II FAR").And.Contain("10 km").And.Contain("~13 km by road").And.Contain("~30 min");
    }

    [Fact]
    public void A_helicopter_option_has_no_road_transfer()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(100))], sites: [Airport]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(50), now), situation).Best!;

        option.RoadTransfer.Should().BeNull();
        option.FacilityEta.Should().Be(option.Legs[1].ArriveAt);
        option.Legs[1].To.Name.Should().Be("Level II L2");
    }

    [Fact]
    public void Among_infeasible_options_an_overridable_one_ranks_before_a_fixed_wing_with_no_runway()
    {
        // An hour after dusk without night-flight authorisation nothing may fly. The Mi-8 needs only the host state's
        // authorisation (a waiver the duty officer can seek); the C-130 is faster but cannot land at a point of injury
        // 45 km out in open country whatever anyone authorises.
        var pickup = Mission.At(0, -45);
        var now = DaylightCalculator.For(new DateOnly(2026, 11, 26), pickup).CivilDusk!.Value.AddHours(1);
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130), Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(1))], sites: [Airport]);

        var result = _engine.Evaluate(Mission.Request(pickup, now), situation);

        result.Options.Should().OnlyContain(o => !o.Feasible);
        var herky = result.Options.Single(o => o.AircraftId == "F1");
        var mi8 = result.Options.Single(o => o.AircraftId == "H1");
        herky.SurgeryAt.Should().BeBefore(mi8.SurgeryAt!.Value, "on the clocks alone the C-130 would win");
        mi8.Violations.Where(v => v.Severity == ViolationSeverity.Blocking).Select(v => v.Code).Should().NotBeEmpty().And.OnlyContain(c => c == ViolationCodes.NightNotAuthorised, "both its legs are flown in darkness");
        result.Best!.AircraftId.Should().Be("H1", "an authorisation can be sought; a runway cannot");
        herky.Rank.Should().Be(2);
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

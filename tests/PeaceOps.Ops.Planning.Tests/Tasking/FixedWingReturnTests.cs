using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// The way home after the handover. A C-130 lands only on a runway, so it returns to the nearest base that is an
/// airport or to an airfield, never to a camp helipad however close. The mission: the airport at base A (origin), a
/// desert airstrip 300 km east next to Level II FWD, a camp helipad base 10 km past the strip and an airfield 100 km past it.
/// </summary>
public sealed class FixedWingReturnTests
{
    private static readonly AircraftProfile C130 = new("C-130H", 550, TimeSpan.FromHours(10), 70, 90, Hoist: false, NvgCapable: true, FixedWing: true);
    private static readonly LandingSite Airport = new("BASE-A", "Base A airport", Mission.At(0), LandingSiteKind.Base, NightCapable: true, Runway: true);
    private static readonly LandingSite Airstrip = new("STRIP", "Forward airstrip", Mission.At(300), LandingSiteKind.HelicopterLandingSite, NightCapable: true, Runway: true);
    private static readonly LandingSite CampHelipad = Mission.Base("BASE-H", Mission.At(310));
    private static readonly LandingSite EastAirfield = new("AF-E", "East airfield", Mission.At(400), LandingSiteKind.Airfield, NightCapable: true);
    private readonly TaskingEngine _engine = new();

    [Fact]
    public void A_C130_returns_to_the_nearest_airfield_not_to_the_camp_helipad_nearer_to_where_it_landed()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130, baseId: "BASE-H")], [Mission.LevelII("FWD", Mission.At(305))], sites: [Airport, Airstrip, CampHelipad, EastAirfield]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(1), now), situation).Options.Single();

        option.Legs.Should().HaveCount(3);
        option.Legs[1].To.Name.Should().Be("Forward airstrip");
        var home = option.Legs[2];
        home.Kind.Should().Be(LegKind.ReturnToBase);
        home.From.Name.Should().Be("Forward airstrip");
        home.To.Name.Should().Be("East airfield", "its own base is a camp helipad, 10 km away but without a runway");
        (home.DistanceMeters / 1000).Should().BeApproximately(100, 1);
        option.Violations.Should().NotContain(v => v.Code == ViolationCodes.FixedWingNoReturnAirfield);
    }

    [Fact]
    public void A_C130_needs_fuel_for_the_flight_to_the_airfield_not_to_the_nearer_helipad()
    {
        // Leg 1 is nil (the casualty is brought to the airport), 10 min on the ground, 300 km to the strip at 550 km/h
        // (32.7 min), 10 min handover and the 20 min reserve: 72.7 min. Home to the helipad would add 1.1 min, to the
        // airfield 10.9 min. With 78 min of fuel the C-130 can reach the strip but not a runway afterwards.
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130, endurance: TimeSpan.FromMinutes(78))], [Mission.LevelII("FWD", Mission.At(305))], sites: [Airport, Airstrip, CampHelipad, EastAirfield]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(1), now), situation).Options.Single();

        option.Feasible.Should().BeFalse();
        option.Violations.Should().NotContain(v => v.Code == ViolationCodes.EnduranceOutbound);
        option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.EnduranceReturn).Which.Message
            .Should().Contain("back to East airfield").And.Contain("has 1 h 18 min of fuel");
    }

    [Fact]
    public void The_night_rule_of_a_C130_return_looks_at_the_airfield_it_returns_to()
    {
        // 22:00Z, night flying authorised, an NVG airframe and crew, every site lit except the east airfield: the
        // casualty's legs may fly, but the way home ends on an unlit runway.
        var night = new DateTimeOffset(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);
        var unlitAirfield = EastAirfield with { NightCapable = false };
        var situation = Mission.Situation(night, [Mission.Aircraft("F1", Mission.At(0), C130)], [Mission.LevelII("FWD", Mission.At(305))], sites: [Airport, Airstrip, CampHelipad, unlitAirfield], settings: new MissionSettings(NightFlightAuthorized: true));

        var option = _engine.Evaluate(Mission.Request(Mission.At(1), night), situation).Options.Single();

        option.Feasible.Should().BeTrue();
        option.Legs[2].Night.Should().BeTrue();
        option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.NightReturn).Which.Message
            .Should().Contain("The return to East airfield").And.Contain("East airfield is not night-capable: the crew must stay overnight at Forward airstrip");
    }

    [Fact]
    public void A_C130_with_no_runway_to_return_to_is_told_it_stays_where_it_landed()
    {
        // The only runways are two airstrips that are no unit's base; both bases are camp helipads.
        var now = Mission.Morning;
        var westStrip = new LandingSite("STRIP-W", "West airstrip", Mission.At(0), LandingSiteKind.HelicopterLandingSite, NightCapable: true, Runway: true);
        var situation = Mission.Situation(now, [Mission.Aircraft("F1", Mission.At(0), C130, baseId: "BASE-H")], [Mission.LevelII("FWD", Mission.At(305))], sites: [westStrip, Airstrip, CampHelipad, Mission.Base("BASE-W", Mission.At(2))]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(1), now), situation).Options.Single();

        option.Legs.Should().HaveCount(2, "no leg home is planned to a helipad the C-130 cannot land on");
        option.Legs[1].To.Name.Should().Be("Forward airstrip");
        var warning = option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.FixedWingNoReturnAirfield).Which;
        warning.Severity.Should().Be(ViolationSeverity.Warning, "the casualty is delivered; only the aircraft is stranded");
        warning.Message.Should().Be("UNO-F1 (C-130H) is fixed-wing and lands only on a runway: from Forward airstrip it can reach no base with a runway and no airfield; it must stay at Forward airstrip until a way home is cleared.");
        option.Feasible.Should().BeTrue();
    }

    [Fact]
    public void A_helicopter_still_returns_to_the_nearest_base_even_a_camp_helipad()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("FWD", Mission.At(305))], sites: [Airport, Airstrip, CampHelipad, EastAirfield]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(1), now), situation).Options.Single();

        option.Legs[1].To.Name.Should().Be("Level II FWD", "a helicopter lands at the facility's own pad");
        option.Legs[2].To.Name.Should().Be("Base BASE-H");
        option.Violations.Should().NotContain(v => v.Code == ViolationCodes.FixedWingNoReturnAirfield);
    }
}

using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// Hand-checked scenarios. Unless a test says otherwise: a Mi-8 at 225 km/h (3.75 km/min) on base A at the origin,
/// no notice to move, 10 min on the ground at the pickup, injury at 10:00Z so resuscitation is due 11:00Z and
/// surgery 12:00Z. Distances come out of great circles, so times are checked to within half a minute.
/// </summary>
public sealed class TaskingScenarioTests
{
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);
    private readonly TaskingEngine _engine = new();

    private static TaskingOption For(TaskingResult result, string aircraftId, string facilityId) =>
        result.Options.Single(o => o.AircraftId == aircraftId && o.FacilityId == facilityId);

    [Fact]
    public void Urgent_surgical_casualty_skips_the_nearer_level_I()
    {
        var now = Mission.Morning;
        var levelI = Mission.LevelI("L1", Mission.At(37.5, 15));
        var levelII = Mission.LevelII("L2", Mission.At(112.5));
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [levelI, levelII]);
        var request = Mission.Request(Mission.At(37.5), now, urgent: 0, urgentSurgical: 1);

        var result = _engine.Evaluate(request, situation);

        // Leg 1: 37.5 km / 3.75 = 10 min → pickup 10:10Z; leaves 10:20Z; leg 2 to Level II: 75 km = 20 min → 10:40Z.
        var best = result.Best!;
        best.FacilityId.Should().Be("L2");
        best.Feasible.Should().BeTrue();
        best.PickupEta.Should().BeCloseTo(now.AddMinutes(10), HalfMinute);
        best.FacilityEta.Should().BeCloseTo(now.AddMinutes(40), HalfMinute);
        best.MeetsSurgery.Should().BeTrue("10:40Z is before the 12:00Z surgery clock");
        best.MeetsResuscitation.Should().BeTrue("a Level II resuscitates too, and 10:40Z is before 11:00Z");
        var nearer = For(result, "H1", "L1");
        nearer.FacilityEta.Should().BeBefore(best.FacilityEta, "the Level I is only 15 km from the pickup");
        nearer.Feasible.Should().BeFalse();
        nearer.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.NoSurgeryCapability)
            .Which.Message.Should().Contain("Level II or higher").And.Contain("Level I L1");
    }

    [Fact]
    public void A_diverting_level_II_is_passed_over_for_the_next_open_one()
    {
        var now = Mission.Morning;
        var near = Mission.LevelII("NEAR", Mission.At(60), FacilityStatus.Diverting);
        var far = Mission.LevelII("FAR", Mission.At(120));
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [near, far]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(30), now, urgent: 0, urgentSurgical: 1), situation);

        result.Options.Select(o => o.FacilityId).Should().Equal("FAR", "NEAR");
        var diverting = For(result, "H1", "NEAR");
        diverting.Feasible.Should().BeFalse();
        diverting.Violations.Should().Contain(v => v.Code == ViolationCodes.FacilityDiverting && v.Severity == ViolationSeverity.Blocking);
    }

    [Fact]
    public void Endurance_fails_only_because_of_the_return_leg()
    {
        // 200 km/h. Out: 100 km = 30 min, 10 min on the ground, 100 km = 30 min: 70 min, +20 min reserve = 90 min ≤ 120.
        // Home: 10 min handover, then 200 km back to base A = 60 min: 70 + 10 + 60 + 20 = 160 min > 120 min.
        var now = Mission.Morning;
        var slow = Mission.Mi8 with { CruiseSpeedKmh = 200 };
        var facility = Mission.LevelII("L2", Mission.At(200));
        var request = Mission.Request(Mission.At(100), now);

        var short_ = _engine.Evaluate(request, Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0), slow, endurance: TimeSpan.FromMinutes(120))], [facility]));
        var enough = _engine.Evaluate(request, Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0), slow, endurance: TimeSpan.FromMinutes(165))], [facility]));

        var option = short_.Best!;
        option.Violations.Select(v => v.Code).Should().Equal(ViolationCodes.EnduranceReturn);
        option.Violations[0].Message.Should().Contain("2 h 00 min of fuel").And.Contain("Base BASE-A");
        option.Legs.Should().HaveCount(3);
        option.Legs[2].Kind.Should().Be(LegKind.ReturnToBase);
        (option.Legs[2].ArriveAt - option.Legs[2].DepartAt).TotalMinutes.Should().BeApproximately(60, 0.5);
        enough.Best!.Feasible.Should().BeTrue("165 min covers the 160 min round trip");
    }

    [Fact]
    public void No_feasible_option_at_all_still_ranks_and_explains_every_option()
    {
        var now = Mission.Morning;
        var closed = Mission.LevelII("L2", Mission.At(60)) with { Status = FacilityStatus.Closed };
        var situation = Mission.Situation(now,
            [Mission.Aircraft("H1", Mission.At(0), status: AircraftStatus.Maintenance), Mission.Aircraft("H2", Mission.At(0), status: AircraftStatus.CrewRest)],
            [closed]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(30), now), situation);

        result.IsValid.Should().BeTrue();
        result.Options.Should().HaveCount(2).And.OnlyContain(o => !o.Feasible);
        result.Options.Select(o => o.Rank).Should().Equal(1, 2);
        For(result, "H1", "L2").Violations.Select(v => v.Code).Should().Contain([ViolationCodes.AircraftInMaintenance, ViolationCodes.FacilityClosed]);
        For(result, "H2", "L2").Violations.Select(v => v.Code).Should().Contain([ViolationCodes.CrewRest, ViolationCodes.FacilityClosed]);
    }

    [Fact]
    public void A_leg_crossing_sunset_at_the_pickup_is_a_night_leg_that_needs_authorisation()
    {
        // Launch 15 min before civil dusk at the pickup: leg 1 (10 min) lands 5 min before dusk in daylight; after
        // 10 min on the ground leg 2 departs 5 min after dusk, in darkness.
        var pickup = Mission.At(37.5);
        var dusk = DaylightCalculator.For(new DateOnly(2026, 11, 26), pickup).CivilDusk!.Value;
        var now = dusk.AddMinutes(-15);
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(112.5))]);
        var request = Mission.Request(pickup, now.AddMinutes(-5));

        var result = _engine.Evaluate(request, situation);

        var option = result.Best!;
        option.Legs[0].Night.Should().BeFalse();
        option.Legs[1].Night.Should().BeTrue();
        option.Legs[1].DepartAt.Should().BeCloseTo(dusk.AddMinutes(5), HalfMinute);
        option.Feasible.Should().BeFalse();
        var night = option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.NightNotAuthorised).Which;
        night.Severity.Should().Be(ViolationSeverity.Blocking);
        night.Message.Should().StartWith("Leg 2 (Pickup → Level II L2) departs").And.Contain("after end of civil twilight");
    }

    [Fact]
    public void Night_leg_with_authorisation_still_needs_an_NVG_current_crew()
    {
        var pickup = Mission.At(37.5);
        var dusk = DaylightCalculator.For(new DateOnly(2026, 11, 26), pickup).CivilDusk!.Value;
        var now = dusk.AddMinutes(-15);
        var authorised = MissionSettings.Default with { NightFlightAuthorized = true };
        var facility = Mission.LevelII("L2", Mission.At(112.5));
        var request = Mission.Request(pickup, now);

        var current = _engine.Evaluate(request, Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [facility], settings: authorised));
        var lapsed = _engine.Evaluate(request, Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0), nvgCrew: false)], [facility], settings: authorised));

        current.Best!.Feasible.Should().BeTrue();
        lapsed.Best!.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.NoNvgCrew)
            .Which.Message.Should().EndWith("UNO-H1's crew is not NVG-current.");
    }

    [Fact]
    public void What_if_night_flight_were_authorised_lifts_only_that_violation()
    {
        var pickup = Mission.At(37.5);
        var dusk = DaylightCalculator.For(new DateOnly(2026, 11, 26), pickup).CivilDusk!.Value;
        var now = dusk.AddMinutes(-15);
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(112.5))]);

        var whatIf = _engine.Evaluate(Mission.Request(pickup, now), situation, WhatIf.NightFlightAuthorised);

        whatIf.WhatIf.Should().Be(WhatIf.NightFlightAuthorised);
        whatIf.Best!.Feasible.Should().BeTrue();
        whatIf.Best.Legs[1].Night.Should().BeTrue("the what-if changes the rule, not the sun");
    }

    [Fact]
    public void A_restricted_zone_at_the_pickup_is_crossed_only_with_clearance()
    {
        var now = Mission.Morning;
        var zone = Mission.Square("R-7", AirspaceZoneKind.Restricted, 25, -10, 50, 10, clearance: new ClearanceRule(LeadTimeHours: 48));
        var request = Mission.Request(Mission.At(37.5), now);
        var facility = Mission.LevelII("L2", Mission.At(112.5));
        TaskingSituation Situation(IReadOnlyList<ZoneClearance> clearances) =>
            Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [facility], [zone], clearances: clearances);

        var uncleared = _engine.Evaluate(request, Situation([]));
        var cleared = _engine.Evaluate(request, Situation([new ZoneClearance("R-7", now.AddHours(-1), now.AddHours(4))]));
        var whatIf = _engine.Evaluate(request, Situation([]), WhatIf.ZoneCleared("R-7"));

        uncleared.Best!.Violations.Where(v => v.Code == ViolationCodes.ZoneRestrictedNoClearance).Should().HaveCount(2, "both legs touching the pickup are inside R-7")
            .And.OnlyContain(v => v.Severity == ViolationSeverity.Blocking && v.Message.Contains("restricted zone R-7"));
        cleared.Best!.Feasible.Should().BeTrue();
        cleared.Best.Violations.Should().BeEmpty();
        whatIf.Best!.Feasible.Should().BeTrue();
    }

    [Fact]
    public void What_if_a_zone_were_cleared_measures_the_detour_in_minutes()
    {
        // A restricted zone without fast-track straddles the line base → pickup (107 km east): the route goes
        // round it (≥ 109.7 km, see the route planner tests); cleared, it flies the 107 km straight.
        var now = Mission.Morning;
        var zone = Mission.Square("R-8", AirspaceZoneKind.Restricted, 43.5, -10, 63.5, 10);
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(107, 20))], [zone]);
        var request = Mission.Request(Mission.At(107), now);

        var actual = _engine.Evaluate(request, situation).Best!;
        var lifted = _engine.Evaluate(request, situation, WhatIf.ZoneCleared("R-8")).Best!;

        var saved = actual.PickupEta - lifted.PickupEta;
        var expected = TimeSpan.FromHours((actual.Legs[0].DistanceMeters - lifted.Legs[0].DistanceMeters) / 1000 / 225);
        saved.Should().BeCloseTo(expected, TimeSpan.FromSeconds(1));
        saved.TotalMinutes.Should().BeInRange(0.7, 1.1, "2.7 to 3.8 km of detour at 3.75 km/min");
        actual.Violations.Should().BeEmpty("going round needs nobody's approval");
    }

    [Fact]
    public void A_pickup_inside_a_prohibited_zone_is_an_explained_blocking_violation()
    {
        var now = Mission.Morning;
        var zone = Mission.Square("P-9", AirspaceZoneKind.Prohibited, 25, -10, 50, 10);
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(112.5))], [zone]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(37.5), now), situation);

        result.IsValid.Should().BeTrue();
        var option = result.Best!;
        option.Feasible.Should().BeFalse();
        option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.PickupInProhibitedZone)
            .Which.Message.Should().Contain("prohibited zone P-9");
        option.Violations.Should().NotContain(v => v.Code == ViolationCodes.ZoneProhibited, "the pickup is explained once, not as a crossing per leg");
    }

    [Fact]
    public void Escort_needed_at_the_pickup_is_a_warning_to_confirm_not_a_refusal()
    {
        var now = Mission.Morning;
        var situation = Mission.Situation(now, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(60))]);

        var option = _engine.Evaluate(Mission.Request(Mission.At(30), now, security: PickupSecurity.EscortRequired), situation).Best!;

        option.Feasible.Should().BeTrue();
        option.Violations.Should().ContainSingle(v => v.Code == ViolationCodes.SecurityEscort && v.Severity == ViolationSeverity.Warning);
    }

    [Fact]
    public void A_hoist_pickup_rules_out_an_airframe_without_one_and_litters_are_counted()
    {
        var now = Mission.Morning;
        var bell = new AircraftProfile("Bell 412", 230, TimeSpan.FromHours(3), 2, 6, Hoist: false, NvgCapable: true);
        var situation = Mission.Situation(now, [Mission.Aircraft("B1", Mission.At(0), bell), Mission.Aircraft("M1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(60))]);

        var result = _engine.Evaluate(Mission.Request(Mission.At(30), now, litters: 3, equipment: SpecialEquipment.Hoist), situation);

        result.Best!.AircraftId.Should().Be("M1");
        For(result, "B1", "L2").Violations.Select(v => v.Code).Should().Equal(ViolationCodes.LitterCapacity, ViolationCodes.HoistRequired);
    }

    [Fact]
    public void Readiness_is_longer_by_night_and_an_airborne_aircraft_turns_at_once()
    {
        var pickup = Mission.At(37.5);
        var dusk = DaylightCalculator.For(new DateOnly(2026, 11, 26), Mission.At(0)).CivilDusk!.Value;
        var readiness = new AircraftReadiness(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
        var facility = Mission.LevelII("L2", Mission.At(60));
        var request = Mission.Request(pickup, Mission.Morning);

        var day = _engine.Evaluate(request, Mission.Situation(Mission.Morning, [Mission.Aircraft("H1", Mission.At(0), readiness: readiness)], [facility])).Best!;
        var night = _engine.Evaluate(request with { InjuredAt = dusk.AddHours(1), ReportedAt = dusk.AddHours(1) }, Mission.Situation(dusk.AddHours(1), [Mission.Aircraft("H1", Mission.At(0), readiness: readiness)], [facility])).Best!;
        var airborne = _engine.Evaluate(request, Mission.Situation(Mission.Morning, [Mission.Aircraft("H1", Mission.At(0), readiness: readiness, status: AircraftStatus.Airborne)], [facility])).Best!;

        day.LaunchAt.Should().Be(Mission.Morning.AddMinutes(30));
        night.LaunchAt.Should().Be(dusk.AddHours(1).AddMinutes(60));
        airborne.LaunchAt.Should().Be(Mission.Morning);
    }
}

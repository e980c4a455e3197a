using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Routing;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Routing;

public sealed class RoutePlannerTests
{
    private const double Speed = 225;
    private static readonly DateTimeOffset Depart = Mission.Morning;

    private static PlannedRoute Plan(IReadOnlyList<AirspaceZone> zones, IReadOnlyList<ZoneClearance>? clearances = null, MissionSettings? settings = null)
    {
        settings ??= MissionSettings.Default;
        var planner = RoutePlanner.Create(zones, settings);
        return planner.Plan(Mission.At(0), Mission.At(107), Depart, Speed, new AirspaceRules(settings, clearances ?? []));
    }

    [Fact]
    public void A_clear_sky_gives_the_direct_great_circle()
    {
        var route = Plan([]);

        // One degree of longitude at 16° N: 111.32 km × cos 16° = 107.0 km.
        route.Found.Should().BeTrue();
        route.Positions.Should().HaveCount(2);
        route.DistanceMeters.Should().BeApproximately(107_000, 400);
        route.Duration.TotalMinutes.Should().BeApproximately(107.0 / 225 * 60, 0.2);
    }

    [Fact]
    public void Route_goes_around_a_prohibited_zone_keeping_the_margin()
    {
        // A 20 × 20 km square centred on the direct line, 43.5-63.5 km east. With the 2 km margin the route must
        // cross x = 53.5 at |y| ≥ 12: at least 2·√(53.5² + 12²) = 109.7 km. Hugging the buffered corners
        // (margin buffered ×1.13 = 2.26 km) costs at most 2·√(41.24² + 12.26²) + 24.52 = 110.6 km.
        var zone = Mission.Square("P-1", AirspaceZoneKind.Prohibited, 43.5, -10, 63.5, 10);

        var route = Plan([zone]);

        route.Found.Should().BeTrue();
        route.DistanceMeters.Should().BeInRange(109_600, 110_800);
        Km.ClosestApproach(route.Positions, 43.5, -10, 63.5, 10).Should().BeGreaterThan(1.95);
        route.Crossings.Should().BeEmpty();
    }

    [Fact]
    public void Restricted_zone_is_crossed_only_with_clearance()
    {
        var zone = Mission.Square("R-1", AirspaceZoneKind.Restricted, 43.5, -10, 63.5, 10, clearance: new ClearanceRule(LeadTimeHours: 48));
        var cleared = new ZoneClearance("R-1", Depart.AddHours(-1), Depart.AddHours(6));

        var without = Plan([zone]);
        var with = Plan([zone], [cleared]);

        without.DistanceMeters.Should().BeGreaterThan(109_600, "without clearance the route goes round, like the prohibited case");
        without.Crossings.Should().BeEmpty();
        with.DistanceMeters.Should().BeApproximately(107_000, 400, "with clearance it flies straight through");
        with.Crossings.Should().BeEmpty("a cleared zone needs nothing");
    }

    [Fact]
    public void Fast_track_restricted_zone_is_avoided_when_possible_and_crossed_with_approval_when_not()
    {
        // The destination itself lies inside the zone: the crossing cannot be avoided, and is an approval, not a block.
        var zone = Mission.Square("R-2", AirspaceZoneKind.Restricted, 97, -10, 117, 10, clearance: new ClearanceRule(48, CasevacFastTrack: true));

        var route = Plan([zone]);

        route.Found.Should().BeTrue();
        route.Crossings.Should().ContainSingle().Which.Stance.Should().Be(ZoneStance.Approval);
    }

    [Fact]
    public void A_zone_that_opens_before_the_aircraft_gets_there_is_avoided()
    {
        // At 225 km/h (3.75 km/min) the direct line reaches the buffered zone (70 - 2.3 km east) after about 18 min;
        // the zone opens 10 min after departure, so it is active when the aircraft would be inside it.
        var zone = Mission.Square("P-W", AirspaceZoneKind.Prohibited, 70, -10, 90, 10, windows: [new ActiveWindow(Depart.AddMinutes(10), Depart.AddHours(3))]);

        var route = Plan([zone]);

        route.Found.Should().BeTrue();
        route.DistanceMeters.Should().BeGreaterThan(109_000);
        Km.ClosestApproach(route.Positions, 70, -10, 90, 10).Should().BeGreaterThan(1.95);
    }

    [Fact]
    public void A_zone_that_opens_after_the_aircraft_has_passed_does_not_bend_the_route()
    {
        // The buffered zone spans 7.7-32.3 km east: the aircraft is out of it 8.6 min after departure, and it opens at 10 min.
        var zone = Mission.Square("P-W", AirspaceZoneKind.Prohibited, 10, -10, 30, 10, windows: [new ActiveWindow(Depart.AddMinutes(10), Depart.AddHours(3))]);

        var route = Plan([zone]);

        route.DistanceMeters.Should().BeApproximately(107_000, 400);
        route.Crossings.Should().BeEmpty();
    }

    [Fact]
    public void A_destination_walled_in_by_prohibited_zones_has_no_route()
    {
        IReadOnlyList<AirspaceZone> walls =
        [
            Mission.Square("W", AirspaceZoneKind.Prohibited, 95, -14, 98, 14),
            Mission.Square("E", AirspaceZoneKind.Prohibited, 116, -14, 119, 14),
            Mission.Square("N", AirspaceZoneKind.Prohibited, 95, 11, 119, 14),
            Mission.Square("S", AirspaceZoneKind.Prohibited, 95, -14, 119, -11),
        ];

        var route = Plan(walls);

        route.Found.Should().BeFalse();
    }

    [Fact]
    public void A_zone_above_cruise_altitude_is_flown_under()
    {
        var high = Mission.Square("P-H", AirspaceZoneKind.Prohibited, 43.5, -10, 63.5, 10) with { FloorFt = 5000, CeilingFt = 20000 };

        var route = Plan([high]);

        route.DistanceMeters.Should().BeApproximately(107_000, 400);
    }
}

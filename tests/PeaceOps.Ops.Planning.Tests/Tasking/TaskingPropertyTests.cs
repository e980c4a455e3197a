using CsCheck;
using NetTopologySuite.Geometries;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

public sealed class TaskingPropertyTests
{
    private static readonly GeometryFactory Factory = new();
    private static readonly AircraftProfile C130 = new("C-130H", 550, TimeSpan.FromHours(10), 70, 90, Hoist: false, NvgCapable: true, FixedWing: true);

    [Fact]
    public void Every_option_times_are_consistent_with_leg_lengths_and_speeds()
    {
        var engine = new TaskingEngine();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (request, situation) = RandomMission(new Random(seed));
            var result = engine.Evaluate(request, situation);
            result.IsValid.Should().BeTrue();
            var speeds = situation.Aircraft.ToDictionary(a => a.Id, a => a.Profile.CruiseSpeedKmh / 3.6);
            foreach (var option in result.Options)
            {
                var legs = option.Legs;
                legs[0].DepartAt.Should().Be(option.LaunchAt);
                legs[0].ArriveAt.Should().Be(option.PickupEta);
                legs[1].DepartAt.Should().Be(option.PickupEta.AddMinutes(situation.Settings.GroundTimeAtPickupMinutes));
                // Fixed wing lands at an airfield; an ambulance takes the casualty on to the facility.
                legs[1].ArriveAt.Should().Be(option.RoadTransfer?.DepartAt ?? option.FacilityEta);
                option.FacilityEta.Should().Be(option.RoadTransfer?.ArriveAt ?? legs[1].ArriveAt);
                if (option.RoadTransfer is { } road)
                {
                    road.From.Should().Be(legs[1].To);
                    (road.Duration.TotalSeconds - (RoadTransfer.HandoverMinutes * 60)).Should().BeApproximately(road.RoadMeters / (RoadTransfer.AmbulanceSpeedKmh / 3.6), 0.002, $"seed {seed}");
                }

                foreach (var leg in legs)
                {
                    var seconds = (leg.ArriveAt - leg.DepartAt).TotalSeconds;
                    seconds.Should().BeApproximately(leg.DistanceMeters / speeds[option.AircraftId], 0.002, $"seed {seed}, leg {leg.Number}");
                    if (leg.Route.Count > 0)
                    {
                        leg.DistanceMeters.Should().BeApproximately(PathLength(leg.Route), 0.01, $"seed {seed}");
                        leg.Route[0].Should().Be(leg.From.Position);
                        leg.Route[^1].Should().Be(leg.To.Position);
                    }
                }
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void No_returned_route_enters_an_active_prohibited_zone()
    {
        var engine = new TaskingEngine();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (request, situation) = RandomMission(new Random(seed));
            // Zones with windows may be inactive when flown; the always-active ones must never be entered.
            var prohibited = situation.Zones.Where(z => z.Kind == AirspaceZoneKind.Prohibited && z.ActiveWindows.Count == 0).Select(Polygon).ToList();
            var result = engine.Evaluate(request, situation);
            foreach (var leg in result.Options.SelectMany(o => o.Legs).Where(l => l.Route.Count > 1))
            {
                var line = Factory.CreateLineString(leg.Route.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray());
                foreach (var zone in prohibited)
                {
                    if (zone.Contains(Factory.CreatePoint(new Coordinate(leg.From.Position.Longitude, leg.From.Position.Latitude)))
                        || zone.Contains(Factory.CreatePoint(new Coordinate(leg.To.Position.Longitude, leg.To.Position.Latitude))))
                    {
                        continue;
                    }

                    line.Relate(zone).Matches("T********").Should().BeFalse($"seed {seed}: leg {leg.Number} from {leg.From.Name} to {leg.To.Name}");
                }
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Engine_output_is_ranked_best_first_feasible_before_infeasible()
    {
        var engine = new TaskingEngine();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (request, situation) = RandomMission(new Random(seed));
            var options = engine.Evaluate(request, situation).Options;
            var ranking = new OptionRanking(request.NeedsSurgery);
            options.Select(o => o.Rank).Should().Equal(Enumerable.Range(1, options.Count));
            for (var i = 0; i + 1 < options.Count; i++)
            {
                ranking.Compare(options[i], options[i + 1]).Should().BeNegative($"seed {seed}");
                (options[i].Feasible || !options[i + 1].Feasible).Should().BeTrue();
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Ranking_is_a_total_order()
    {
        var option = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, 2])
            .Select((aircraft, facility, feasible, resus, surgery, minutes, warnings, nulls) => Option(aircraft, facility, feasible, resus, surgery, minutes, warnings, nulls))
            .SelectMany(o => Gen.Bool.Select(physical => physical && !o.Feasible
                ? o with { Violations = [.. o.Violations, new Violation(ViolationCodes.FixedWingPickupNotAirfield, ViolationSeverity.Blocking, "runway")] }
                : o));
        Gen.Select(option, option, option, Gen.Bool).Sample((x, y, z, surgeryFirst) =>
        {
            var ranking = new OptionRanking(surgeryFirst);
            Math.Sign(ranking.Compare(x, y)).Should().Be(-Math.Sign(ranking.Compare(y, x)), "antisymmetric");
            ranking.Compare(x, x).Should().Be(0);
            if (ranking.Compare(x, y) == 0)
            {
                (x.AircraftId, x.FacilityId).Should().Be((y.AircraftId, y.FacilityId), "only the same pairing ties");
            }

            if (ranking.Compare(x, y) <= 0 && ranking.Compare(y, z) <= 0)
            {
                ranking.Compare(x, z).Should().BeLessThanOrEqualTo(0, "transitive");
            }
        }, iter: 20_000, threads: 1);
    }

    private static TaskingOption Option(int aircraft, int facility, bool feasible, bool resus, bool surgery, int minutes, int warnings, int nulls)
    {
        var t0 = Mission.Morning;
        var violations = Enumerable.Range(0, warnings).Select(_ => new Violation("W", ViolationSeverity.Warning, "w")).ToList();
        if (!feasible)
        {
            violations.Add(new Violation("B", ViolationSeverity.Blocking, "b"));
        }

        // Same pairing always gets the same figures: rank ties are only possible between identical pairings.
        var eta = t0.AddMinutes((minutes * 7) + aircraft + facility);
        return new TaskingOption(0, "A" + aircraft, "UNO-" + aircraft, "F" + facility, "F", feasible, t0, eta, eta,
            nulls == 1 ? null : eta, nulls == 2 ? null : eta, resus, surgery, [], [], violations);
    }

    private static (TaskingRequest Request, TaskingSituation Situation) RandomMission(Random random)
    {
        double Km(double max) => Math.Round(random.NextDouble() * max, 2);
        var zones = new List<AirspaceZone>();
        var kinds = new[] { AirspaceZoneKind.Prohibited, AirspaceZoneKind.Restricted, AirspaceZoneKind.Danger, AirspaceZoneKind.Threat };
        for (var i = 0; i < random.Next(0, 6); i++)
        {
            var x = Km(150);
            var y = Km(100) - 50;
            var w = 3 + Km(20);
            var h = 3 + Km(20);
            var windows = random.Next(3) == 0 ? new[] { new ActiveWindow(Mission.Morning.AddMinutes(random.Next(-60, 90)), Mission.Morning.AddMinutes(random.Next(100, 300))) } : [];
            zones.Add(Mission.Square("Z" + i, kinds[random.Next(kinds.Length)], x, y, x + w, y + h, windows, new ClearanceRule(24, random.Next(2) == 0)));
        }

        // One aircraft in five a C-130 (fixed wing: runways only), so its airfield legs and road transfer are held to the same properties.
        var aircraft = Enumerable.Range(0, random.Next(1, 5)).Select(i => Mission.Aircraft(
            "H" + i, Mission.At(Km(150), Km(100) - 50), random.Next(5) == 0 ? C130 : Mission.Mi8 with { CruiseSpeedKmh = 150 + random.Next(150) },
            status: random.Next(4) == 0 ? AircraftStatus.Airborne : AircraftStatus.Available,
            endurance: TimeSpan.FromMinutes(60 + random.Next(180)))).ToList();
        var facilities = Enumerable.Range(0, random.Next(1, 5)).Select(i => random.Next(2) == 0
            ? Mission.LevelII("F" + i, Mission.At(Km(150), Km(100) - 50), (FacilityStatus)random.Next(4))
            : Mission.LevelI("F" + i, Mission.At(Km(150), Km(100) - 50))).ToList();
        var sites = new List<LandingSite>
        {
            Mission.Base("BASE-A", Mission.At(0)),
            Mission.Base("BASE-B", Mission.At(150, 30)),
            new("AF-C", "Airfield C", Mission.At(Km(150), Km(100) - 50), LandingSiteKind.Airfield, NightCapable: true),
        };
        var request = Mission.Request(Mission.At(Km(150), Km(100) - 50), Mission.Morning.AddMinutes(-random.Next(60)), urgent: random.Next(2), urgentSurgical: random.Next(2));
        return (request, Mission.Situation(Mission.Morning, aircraft, facilities, zones, sites));
    }

    private static Polygon Polygon(AirspaceZone zone) =>
        Factory.CreatePolygon(zone.Boundary.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray());

    private static double PathLength(IReadOnlyList<GeoPosition> route)
    {
        var total = 0.0;
        for (var i = 0; i + 1 < route.Count; i++)
        {
            total += GreatCircle.DistanceMeters(route[i], route[i + 1]);
        }

        return total;
    }
}

using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Generator;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Tests.Generator;

public sealed class CasualtyPlaceSamplerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PatrolArea Gao = new("Gao", new GeoPosition(16.3, 0.0), 30, 1);

    [Fact]
    public void Casualties_in_a_patrol_area_fall_within_its_radius()
    {
        var sampler = new CasualtyPlaceSampler(Mission([Gao], []), new Random(1));

        var places = Enumerable.Range(0, 500).Select(_ => sampler.Sample([], Now)).ToArray();

        places.Should().OnlyContain(p => GreatCircle.DistanceMeters(p, Gao.Center) <= 30_001);
        places.Count(p => GreatCircle.DistanceMeters(p, Gao.Center) > 15_000).Should().BeGreaterThan(250, "uniform over the disc puts 3/4 outside half the radius");
    }

    [Fact]
    public void Casualties_on_a_road_fall_within_two_kilometres_of_it()
    {
        var road = new RoadDefinition("north-south", [new GeoPosition(16.0, 0.5), new GeoPosition(16.8, 0.5)], 1);
        var sampler = new CasualtyPlaceSampler(Mission([], [road]), new Random(2));

        var places = Enumerable.Range(0, 300).Select(_ => sampler.Sample([], Now)).ToArray();

        places.Should().OnlyContain(p => Math.Abs(p.Longitude - 0.5) * 111.32 * Math.Cos(16.4 * Math.PI / 180) <= 2.01 && p.Latitude >= 15.98 && p.Latitude <= 16.82);
    }

    [Fact]
    public void No_casualty_is_placed_inside_an_active_prohibited_zone()
    {
        var zone = new AirspaceZoneDto("P-1", "P-1", AirspaceKind.Prohibited, [[new GeoPoint(16.2, -0.1), new GeoPoint(16.2, 0.1), new GeoPoint(16.4, 0.1), new GeoPoint(16.4, -0.1), new GeoPoint(16.2, -0.1)]], 0, 10000);
        var sampler = new CasualtyPlaceSampler(Mission([Gao], []), new Random(3));

        var places = Enumerable.Range(0, 300).Select(_ => sampler.Sample([zone], Now)).ToArray();

        places.Should().NotContain(p => CasualtyPlaceSampler.RingContains(zone.Rings[0], p));
    }

    [Fact]
    public void Poisson_gaps_average_one_over_the_rate()
    {
        var random = new Random(4);

        var mean = Enumerable.Range(0, 20_000).Average(_ => PoissonArrivals.NextGap(2, random).TotalMinutes);

        mean.Should().BeApproximately(30, 1);
    }

    private static MissionDefinition Mission(IReadOnlyList<PatrolArea> patrols, IReadOnlyList<RoadDefinition> roads) =>
        new("test", "", "UTC", new AreaBox(-2, 15, 2, 18), new MissionSettingsDefinition(false, -6, 2), patrols, roads);
}

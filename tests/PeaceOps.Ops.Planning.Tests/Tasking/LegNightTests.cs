using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Planning.Routing;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// A leg whose departure sun is far enough above the threshold is cleared of darkness without the search along
/// each segment. Around the clock, across the twilights, the leg must get the night and times that the
/// segment-by-segment search gives.
/// </summary>
public sealed class LegNightTests
{
    [Fact]
    public void A_leg_cleared_by_the_daylight_bound_has_the_night_the_segment_search_finds()
    {
        var random = new Random(20261127);
        var cleared = 0;
        for (var i = 0; i < 3000; i++)
        {
            var departAt = Mission.Morning.AddMinutes(random.Next(0, 24 * 60));
            var points = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Mission.At(random.Next(-300, 300), random.Next(-300, 300))).ToArray();
            var speed = 150.0 + random.Next(300);
            var threshold = new[] { SunThresholds.Civil, SunThresholds.Nautical, -0.833 }[random.Next(3)];
            var route = new PlannedRoute(true, points, 0, TimeSpan.Zero, []);

            var leg = LegBuilder.Build(2, LegKind.ToFacility, new Waypoint("A", points[0]), new Waypoint("B", points[^1]), departAt, route, speed, threshold).Leg;

            var (arrive, dark, metres) = SearchedSegmentBySegment(points, departAt, speed, threshold);
            leg.ArriveAt.Should().Be(arrive, $"case {i}");
            leg.DarkFrom.Should().Be(dark, $"case {i}");
            leg.Night.Should().Be(dark is not null);
            leg.DistanceMeters.Should().Be(metres);
            if (dark is null && SolarPosition.GeometricElevationDegrees(departAt, points[0]) > threshold + 10)
            {
                cleared++;
            }
        }

        cleared.Should().BeGreaterThan(300, "the cases must include legs the bound clears");
    }

    private static (DateTimeOffset Arrive, DateTimeOffset? Dark, double Metres) SearchedSegmentBySegment(GeoPosition[] points, DateTimeOffset departAt, double speedKmh, double threshold)
    {
        var metresPerSecond = speedKmh / 3.6;
        DateTimeOffset? dark = null;
        var clock = departAt;
        var total = 0.0;
        for (var i = 0; i + 1 < points.Length; i++)
        {
            total += GreatCircle.DistanceMeters(points[i], points[i + 1]);
            var next = departAt.AddSeconds(total / metresPerSecond);
            dark ??= NightLeg.FirstInstantBelow(points[i], clock, points[i + 1], next, threshold);
            clock = next;
        }

        return (clock, dark, total);
    }
}

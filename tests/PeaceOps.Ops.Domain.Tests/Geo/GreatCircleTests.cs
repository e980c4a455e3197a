using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Tests.Reference;

namespace PeaceOps.Ops.Domain.Tests.Geo;

public sealed class GreatCircleTests
{
    private static readonly Gen<GeoPosition> AnyPosition =
        Gen.Select(Gen.Double[-80, 80], Gen.Double[-180, 180], (lat, lon) => new GeoPosition(lat, lon));

    private static readonly Gen<(GeoPosition Start, double Bearing, double Distance)> LegUpTo1000Km =
        Gen.Select(AnyPosition, Gen.Double[0, 360], Gen.Double[1_000, 1_000_000], (p, b, d) => (p, b, d));

    [Fact]
    public void Vincenty_reference_reproduces_the_Geoscience_Australia_Flinders_Peak_to_Buninyong_example()
    {
        // Geoscience Australia, "Vincenty's formulae" worked example (GRS80 ≈ WGS-84 to 0.1 mm here):
        // 54,972.271 m, initial azimuth 306°52′05.37″.
        var (distance, bearing) = VincentyInverse.Solve(
            -(37 + (57 / 60.0) + (3.72030 / 3600)), 144 + (25 / 60.0) + (29.52440 / 3600),
            -(37 + (39 / 60.0) + (10.15610 / 3600)), 143 + (55 / 60.0) + (35.38390 / 3600));

        distance.Should().BeApproximately(54972.271, 0.01);
        bearing.Should().BeApproximately(306 + (52 / 60.0) + (5.37 / 3600), 1e-4);
    }

    [Fact]
    public void Distance_of_Flinders_Peak_to_Buninyong_is_within_half_a_percent_of_the_ellipsoid()
    {
        var flinders = new GeoPosition(-37.9510334, 144.4248679);
        var buninyong = new GeoPosition(-37.6528211, 143.9264955);

        GreatCircle.DistanceMeters(flinders, buninyong).Should().BeApproximately(54972.271, 54972.271 * 0.001);
    }

    [Fact]
    public void Distance_is_within_half_a_percent_of_Vincenty_for_legs_up_to_1000_km()
    {
        LegUpTo1000Km.Sample(leg =>
        {
            var end = GreatCircle.Destination(leg.Start, leg.Bearing, leg.Distance);
            var (ellipsoidal, _) = VincentyInverse.Solve(leg.Start.Latitude, leg.Start.Longitude, end.Latitude, end.Longitude);
            var ours = GreatCircle.DistanceMeters(leg.Start, end);
            return Math.Abs(ours - ellipsoidal) <= 0.005 * ellipsoidal && Math.Abs(ours - ellipsoidal) < 20;
        });
    }

    [Fact]
    public void Destination_then_distance_and_bearing_give_back_the_leg()
    {
        LegUpTo1000Km.Sample(leg =>
        {
            var end = GreatCircle.Destination(leg.Start, leg.Bearing, leg.Distance);
            var bearingError = Math.Abs(((GreatCircle.InitialBearingDegrees(leg.Start, end) - leg.Bearing + 540) % 360) - 180);
            return Math.Abs(GreatCircle.DistanceMeters(leg.Start, end) - leg.Distance) < 0.01 && bearingError < 1e-6;
        });
    }

    [Fact]
    public void One_degree_along_the_equator_is_the_WGS84_semi_major_axis_times_pi_over_180()
    {
        GreatCircle.DistanceMeters(new GeoPosition(0, 0), new GeoPosition(0, 1))
            .Should().BeApproximately(6378137.0 * Math.PI / 180, 0.01);
        GreatCircle.SphericalDistanceMeters(new GeoPosition(0, 0), new GeoPosition(0, 1))
            .Should().BeApproximately(GreatCircle.MeanEarthRadiusMeters * Math.PI / 180, 1e-6);
    }

    [Fact]
    public void A_north_south_leg_near_the_equator_is_within_half_a_percent_where_the_bare_sphere_is_not()
    {
        // The meridian radius of curvature at the equator is 6,335 km: the mean-radius sphere is 0.56 % long there.
        var (ellipsoidal, _) = VincentyInverse.Solve(6, -9, 6.95, -9);

        GreatCircle.DistanceMeters(new GeoPosition(6, -9), new GeoPosition(6.95, -9)).Should().BeApproximately(ellipsoidal, ellipsoidal * 0.005);
        GreatCircle.SphericalDistanceMeters(new GeoPosition(6, -9), new GeoPosition(6.95, -9)).Should().BeGreaterThan(ellipsoidal * 1.005);
    }

    [Theory]
    [InlineData(0, 0, 1, 0, 0)]
    [InlineData(0, 0, 0, 1, 90)]
    [InlineData(0, 0, -1, 0, 180)]
    [InlineData(0, 0, 0, -1, 270)]
    [InlineData(0, 179.5, 0, -179.5, 90)]
    public void Initial_bearing_points_the_short_way_round(double lat1, double lon1, double lat2, double lon2, double expected)
    {
        GreatCircle.InitialBearingDegrees(new GeoPosition(lat1, lon1), new GeoPosition(lat2, lon2))
            .Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void Crossing_the_antimeridian_is_a_short_leg()
    {
        var west = new GeoPosition(-16.5, 179.9);
        var east = new GeoPosition(-16.5, -179.9);

        GreatCircle.DistanceMeters(west, east).Should().BeLessThan(25_000);
        var middle = GreatCircle.Interpolate(west, east, 0.5);
        Math.Abs(middle.Longitude).Should().BeGreaterThan(179.9);
    }

    [Fact]
    public void Interpolated_points_lie_on_the_great_circle_in_proportion()
    {
        Gen.Select(AnyPosition, AnyPosition, Gen.Double[0, 1], (a, b, f) => (a, b, f))
            .Where(x => GreatCircle.DistanceMeters(x.a, x.b) < 15_000_000)
            .Sample(x =>
            {
                var p = GreatCircle.Interpolate(x.a, x.b, x.f);
                var total = GreatCircle.SphericalDistanceMeters(x.a, x.b);
                var first = GreatCircle.SphericalDistanceMeters(x.a, p);
                var second = GreatCircle.SphericalDistanceMeters(p, x.b);
                return Math.Abs(first - (x.f * total)) < 0.5 && Math.Abs(first + second - total) < 0.5;
            });
    }

    [Fact]
    public void Interpolation_ends_are_the_leg_ends()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);
        var menaka = new GeoPosition(15.9182, 2.4022);

        GreatCircle.DistanceMeters(GreatCircle.Interpolate(bamako, menaka, 0), bamako).Should().BeLessThan(1e-6);
        GreatCircle.DistanceMeters(GreatCircle.Interpolate(bamako, menaka, 1), menaka).Should().BeLessThan(1e-6);
    }

    [Fact]
    public void Interpolating_between_antipodes_is_refused()
    {
        var act = () => GreatCircle.Interpolate(new GeoPosition(0, 0), new GeoPosition(0, 180), 0.5);

        act.Should().Throw<ArgumentException>();
    }
}

using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Tests.Reference;

namespace PeaceOps.Ops.Domain.Tests.Geo;

public sealed class MgrsTests
{
    private static readonly Gen<GeoPosition> AnyUtmPosition =
        Gen.Select(Gen.Double[-80, 84], Gen.Double[-180, 180], (lat, lon) => new GeoPosition(lat, lon));

    [Fact]
    public void Formats_the_product_owner_reference_vectors()
    {
        foreach (var v in ReferenceVectors.Mgrs)
        {
            var at = new GeoPosition(v.GetProperty("lat").GetDouble(), v.GetProperty("lon").GetDouble());

            Mgrs.Format(at, 5).Should().Be(v.GetProperty("mgrs").GetString(), v.GetProperty("place").GetString());
        }
    }

    [Fact]
    public void Parses_the_product_owner_reference_vectors_back_within_a_metre_and_a_half()
    {
        foreach (var v in ReferenceVectors.Mgrs)
        {
            var at = new GeoPosition(v.GetProperty("lat").GetDouble(), v.GetProperty("lon").GetDouble());

            var parsed = Mgrs.Parse(v.GetProperty("mgrs").GetString());

            GreatCircle.DistanceMeters(parsed.SouthWestCorner, at).Should().BeLessThan(1.5, v.GetProperty("place").GetString());
            parsed.PrecisionMeters.Should().Be(1);
        }
    }

    [Theory]
    // Palantir Foundry "Convert MGRS to GeoPoint" documented examples (south-west corners).
    [InlineData("4Q FJ 12345 67890", 21.409796671597924, -157.91608117421092, 1)]
    [InlineData("4Q FJ 123 678", 21.40898645576642, -157.91652127483704, 100)]
    [InlineData("4Q FJ 1 6", 21.338665624760598, -157.93921670599434, 10_000)]
    public void Parses_published_examples_to_the_south_west_corner(string mgrs, double lat, double lon, double precisionMeters)
    {
        var parsed = Mgrs.Parse(mgrs);

        GreatCircle.DistanceMeters(parsed.SouthWestCorner, new GeoPosition(lat, lon)).Should().BeLessThan(0.01);
        parsed.PrecisionMeters.Should().Be(precisionMeters);
    }

    [Fact]
    public void Matches_the_AGI_STK_UTM_example()
    {
        // AGI STK Connect "Convert MapGridPoint": 33.5 N 74.75 E → 43S 476779 3706747.
        var utm = Utm.FromPosition(new GeoPosition(33.5, 74.75));

        utm.Zone.Should().Be(43);
        utm.Band.Should().Be('S');
        utm.Easting.Should().BeApproximately(476779, 1);
        utm.Northing.Should().BeApproximately(3706747, 1);
    }

    [Fact]
    public void Round_trip_through_a_five_digit_reference_stays_within_a_metre_and_a_half()
    {
        AnyUtmPosition.Sample(at =>
        {
            var back = Mgrs.Parse(Mgrs.Format(at, 5)).SouthWestCorner;
            return GreatCircle.DistanceMeters(at, back) < 1.5;
        });
    }

    [Fact]
    public void Every_precision_names_a_square_that_contains_the_position()
    {
        Gen.Select(AnyUtmPosition, Gen.Int[1, 5], (at, p) => (at, p)).Sample(x =>
        {
            var parsed = Mgrs.Parse(Mgrs.Format(x.at, x.p));
            var utm = Utm.FromPosition(x.at);
            return parsed.Digits == x.p && parsed.Utm.Zone == utm.Zone
                && utm.Easting >= parsed.Utm.Easting && utm.Easting < parsed.Utm.Easting + parsed.PrecisionMeters
                && utm.Northing >= parsed.Utm.Northing && utm.Northing < parsed.Utm.Northing + parsed.PrecisionMeters;
        });
    }

    [Fact]
    public void Formatting_the_centre_of_a_parsed_square_gives_the_same_reference()
    {
        // The centre, not the corner, and away from zone and band edges: a square straddling an edge has
        // its corner or centre in the neighbouring grid zone, where the same place has another reference.
        Gen.Select(Gen.Int[0, 16], Gen.Double[0.2, 7.8], Gen.Int[0, 59], Gen.Double[0.3, 5.7], Gen.Int[1, 5])
            .Select((band, north, zone, east, p) => (at: new GeoPosition(-80 + (band * 8) + north, -180 + (zone * 6) + east), p))
            .Sample(x =>
        {
            var text = Mgrs.Format(x.at, x.p);
            var square = Mgrs.Parse(text);
            var half = square.PrecisionMeters / 2;
            var centre = Utm.ToPosition(square.Utm with { Easting = square.Utm.Easting + half, Northing = square.Utm.Northing + half });
            return Mgrs.Format(centre, x.p) == text;
        });
    }

    [Theory]
    [InlineData("30qzd1639100716")]
    [InlineData("30Q ZD 16391 00716")]
    [InlineData("  30Q\tZD16391 00716 ")]
    public void Spaces_and_case_do_not_matter(string text)
    {
        Mgrs.Parse(text).Text.Should().Be("30QZD1639100716");
    }

    [Theory]
    [InlineData(60.0, 5.0, "32V")] // Bergen: Norway exception widens 32V west to 3°E.
    [InlineData(60.0, 2.9, "31V")]
    [InlineData(78.2, 15.6, "33X")] // Longyearbyen.
    [InlineData(78.0, 8.9, "31X")]
    [InlineData(78.0, 9.1, "33X")]
    [InlineData(74.0, 25.0, "35X")]
    [InlineData(80.0, 40.0, "37X")]
    [InlineData(84.0, 10.0, "33X")]
    [InlineData(-80.0, -70.0, "19C")]
    [InlineData(0.0, 179.99, "60N")]
    [InlineData(-0.01, -179.99, "1M")]
    public void Zone_exceptions_and_limits_give_the_right_grid_zone(double lat, double lon, string gridZone)
    {
        Mgrs.Format(new GeoPosition(lat, lon), 5).Should().StartWith(gridZone);
    }

    [Theory]
    [InlineData(60.0, 5.0)]
    [InlineData(78.2, 15.6)]
    [InlineData(80.0, 40.0)]
    [InlineData(-33.9, 18.4)]
    [InlineData(-0.0001, 29.0)]
    [InlineData(0.0001, 29.0)]
    [InlineData(83.99, -30.0)]
    public void Exceptional_zones_round_trip(double lat, double lon)
    {
        var at = new GeoPosition(lat, lon);

        GreatCircle.DistanceMeters(Mgrs.Parse(Mgrs.Format(at, 5)).SouthWestCorner, at).Should().BeLessThan(1.5);
    }

    [Theory]
    [InlineData(85.0, 0.0)]
    [InlineData(-80.5, 0.0)]
    public void Polar_positions_are_not_supported(double lat, double lon)
    {
        Mgrs.TryFormat(new GeoPosition(lat, lon), 5, out _, out var error).Should().BeFalse();
        error!.Problem.Should().Be(MgrsProblem.PolarRegionNotSupported);
        error.Message.Should().Contain("not supported");
    }

    [Theory]
    [InlineData("", MgrsProblem.Empty, "empty")]
    [InlineData("ZAF0193788990", MgrsProblem.PolarRegionNotSupported, "polar")]
    [InlineData("99ZZZ123", MgrsProblem.InvalidZone, "99")]
    [InlineData("0QZD1234", MgrsProblem.InvalidZone, "1 to 60")]
    [InlineData("30IZD1234", MgrsProblem.InvalidBand, "'I'")]
    [InlineData("30ZZD1234", MgrsProblem.PolarRegionNotSupported, "Z")]
    [InlineData("30QAD1234", MgrsProblem.InvalidSquare, "column letter")]
    [InlineData("30QZW1234", MgrsProblem.InvalidSquare, "row letter")]
    [InlineData("30QZD123", MgrsProblem.InvalidDigits, "got 3")]
    [InlineData("30QZD", MgrsProblem.InvalidDigits, "got 0")]
    [InlineData("30QZD123456789012", MgrsProblem.InvalidDigits, "got 12")]
    [InlineData("30QZD12x4", MgrsProblem.UnexpectedCharacter, "'X'")]
    [InlineData("32XNA1234", MgrsProblem.InvalidZone, "32X")]
    [InlineData("30QZA1234", MgrsProblem.SquareOutsideZone, "30Q")]
    [InlineData("30Q", MgrsProblem.InvalidSquare, "incomplete")]
    public void Invalid_references_name_what_is_wrong(string text, MgrsProblem problem, string mentions)
    {
        Mgrs.TryParse(text, out _, out var error).Should().BeFalse();

        error!.Problem.Should().Be(problem);
        error.Message.Should().Contain(mentions);
    }

    [Fact]
    public void Parse_throws_the_domain_exception_with_the_same_message()
    {
        var act = () => Mgrs.Parse("99ZZZ123");

        act.Should().Throw<MgrsException>().Which.Problem.Should().Be(MgrsProblem.InvalidZone);
    }

    [Fact]
    public void Spaced_form_groups_zone_square_easting_and_northing()
    {
        Mgrs.Parse("30QZD1639100716").ToSpacedString().Should().Be("30Q ZD 16391 00716");
        Mgrs.Parse("4QFJ16").ToSpacedString().Should().Be("4Q FJ 1 6");
    }

    [Fact]
    public void Utm_round_trip_is_millimetre_exact()
    {
        AnyUtmPosition.Sample(at => GreatCircle.DistanceMeters(Utm.ToPosition(Utm.FromPosition(at)), at) < 0.001);
    }
}

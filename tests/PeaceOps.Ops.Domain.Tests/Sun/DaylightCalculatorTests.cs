using System.Text.Json;
using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Domain.Tests.Reference;

namespace PeaceOps.Ops.Domain.Tests.Sun;

public sealed class DaylightCalculatorTests
{
    [Fact]
    public void Matches_the_product_owner_reference_vectors_within_two_minutes()
    {
        foreach (var v in ReferenceVectors.Daylight)
        {
            var date = DateOnly.Parse(v.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var times = DaylightCalculator.For(date, new GeoPosition(v.GetProperty("lat").GetDouble(), v.GetProperty("lon").GetDouble()));

            AssertNear(times.Sunrise, v, "sunrise");
            AssertNear(times.Sunset, v, "sunset");
            AssertNear(times.CivilDawn, v, "civilDawn");
            AssertNear(times.CivilDusk, v, "civilDusk");
            AssertNear(times.NauticalDawn, v, "nauticalDawn");
            AssertNear(times.NauticalDusk, v, "nauticalDusk");
        }
    }

    [Fact]
    public void Rise_and_set_are_within_a_minute_of_NOAA_below_72_degrees_latitude()
    {
        Gen.Select(Gen.Double[-72, 72], Gen.Double[-179, 179], Gen.Int[0, 365 * 30], (lat, lon, day) => (lat, lon, day))
            .Sample(x =>
            {
                var date = new DateOnly(2010, 1, 1).AddDays(x.day);
                var times = DaylightCalculator.For(date, new GeoPosition(x.lat, x.lon));
                var rise = NoaaSpreadsheet.Event(date, x.lat, x.lon, SunThresholds.SunriseSunset, rising: true);
                var set = NoaaSpreadsheet.Event(date, x.lat, x.lon, SunThresholds.SunriseSunset, rising: false);
                return WithinAMinute(times.Sunrise, rise) && WithinAMinute(times.Sunset, set);
            });
    }

    [Fact]
    public void Polar_night_has_no_sunrise_and_no_sunset()
    {
        var times = DaylightCalculator.For(new DateOnly(2026, 12, 21), new GeoPosition(78.2232, 15.6267));

        times.Sunrise.Should().BeNull();
        times.Sunset.Should().BeNull();
    }

    [Fact]
    public void Midnight_sun_has_no_sunset_and_no_twilight()
    {
        var times = DaylightCalculator.For(new DateOnly(2026, 6, 21), new GeoPosition(78.2232, 15.6267));

        times.Sunrise.Should().BeNull();
        times.Sunset.Should().BeNull();
        times.CivilDusk.Should().BeNull();
    }

    [Fact]
    public void Events_are_in_order_around_solar_noon()
    {
        var t = DaylightCalculator.For(new DateOnly(2026, 4, 5), new GeoPosition(12.6392, -8.0029));

        new[] { t.AstronomicalDawn, t.NauticalDawn, t.CivilDawn, t.Sunrise, t.SolarNoon, t.Sunset, t.CivilDusk, t.NauticalDusk, t.AstronomicalDusk }
            .Should().BeInAscendingOrder();
    }

    [Fact]
    public void At_sunset_the_geometric_elevation_is_the_sunset_threshold()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);
        var sunset = DaylightCalculator.For(new DateOnly(2026, 10, 30), bamako).Sunset!.Value;

        SolarPosition.GeometricElevationDegrees(sunset, bamako).Should().BeApproximately(SunThresholds.SunriseSunset, 0.005);
    }

    [Fact]
    public void Solar_noon_falls_on_the_requested_local_date_across_the_date_line()
    {
        var fiji = new GeoPosition(-17.7134, 178.065);
        var times = DaylightCalculator.For(new DateOnly(2026, 4, 5), fiji);

        // 178°E: local mean noon is 00:08 UTC on the same calendar date.
        times.SolarNoon.UtcDateTime.Date.Should().Be(new DateTime(2026, 4, 5));
        times.Sunrise.Should().BeBefore(times.SolarNoon);
        times.Sunset.Should().BeAfter(times.SolarNoon);
    }

    [Fact]
    public void First_light_is_civil_dawn_when_the_window_spans_it()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);
        var times = DaylightCalculator.For(new DateOnly(2026, 4, 5), bamako);
        var from = new DateTimeOffset(2026, 4, 5, 0, 0, 0, TimeSpan.Zero);

        var firstLight = DaylightCalculator.FirstLight(bamako, from, from.AddHours(12), SunThresholds.Civil);

        firstLight.Should().BeCloseTo(times.CivilDawn!.Value, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Last_light_is_civil_dusk_when_the_window_spans_it()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);
        var times = DaylightCalculator.For(new DateOnly(2026, 4, 5), bamako);
        var from = new DateTimeOffset(2026, 4, 5, 12, 0, 0, TimeSpan.Zero);

        var lastLight = DaylightCalculator.LastLight(bamako, from, from.AddHours(12), SunThresholds.Civil);

        lastLight.Should().BeCloseTo(times.CivilDusk!.Value, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void First_light_is_null_when_the_whole_window_is_dark()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);
        var from = new DateTimeOffset(2026, 4, 5, 0, 0, 0, TimeSpan.Zero);

        DaylightCalculator.FirstLight(bamako, from, from.AddHours(3), SunThresholds.Civil).Should().BeNull();
    }

    private static bool WithinAMinute(DateTimeOffset? ours, DateTimeOffset? noaa) =>
        ours is null || noaa is null ? ours is null && noaa is null : Math.Abs((ours.Value - noaa.Value).TotalSeconds) <= 60;

    private static void AssertNear(DateTimeOffset? actual, JsonElement vector, string name)
    {
        var expected = DateTimeOffset.Parse(vector.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        actual.Should().NotBeNull($"{vector.GetProperty("place")} {name}");
        actual!.Value.Should().BeCloseTo(expected, TimeSpan.FromMinutes(2), $"{vector.GetProperty("place")} {vector.GetProperty("date")} {name}");
    }
}

using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Domain.Tests.Sun;

public sealed class NightLegTests
{
    private static readonly GeoPosition Bamako = new(12.6392, -8.0029);
    private static readonly GeoPosition Menaka = new(15.9182, 2.4022);

    [Fact]
    public void A_midday_leg_has_no_night()
    {
        var depart = new DateTimeOffset(2026, 4, 5, 11, 0, 0, TimeSpan.Zero);

        NightLeg.FirstInstantBelow(Bamako, depart, Menaka, depart.AddHours(2), SunThresholds.Civil).Should().BeNull();
    }

    [Fact]
    public void A_leg_departing_in_the_dark_is_night_from_departure()
    {
        var depart = new DateTimeOffset(2026, 4, 5, 2, 0, 0, TimeSpan.Zero);

        NightLeg.FirstInstantBelow(Bamako, depart, Menaka, depart.AddHours(2), SunThresholds.Civil).Should().Be(depart);
    }

    [Fact]
    public void An_evening_leg_turns_night_when_the_aircraft_passes_civil_dusk()
    {
        // Flying east into the night: dusk comes earlier than Bamako's civil dusk.
        var depart = new DateTimeOffset(2026, 4, 5, 17, 30, 0, TimeSpan.Zero);
        var arrive = depart.AddHours(4);

        var night = NightLeg.FirstInstantBelow(Bamako, depart, Menaka, arrive, SunThresholds.Civil);

        night.Should().NotBeNull();
        night.Should().BeCloseTo(BruteForce(Bamako, depart, Menaka, arrive, SunThresholds.Civil)!.Value, TimeSpan.FromSeconds(30));
        night.Should().BeBefore(DaylightCalculator.For(new DateOnly(2026, 4, 5), Bamako).CivilDusk!.Value);
    }

    [Fact]
    public void Agrees_with_second_by_second_sampling_within_30_seconds()
    {
        Gen.Select(Gen.Double[-60, 60], Gen.Double[-180, 180], Gen.Double[0, 360], Gen.Double[20_000, 400_000], Gen.Long[0, 366L * 86400], Gen.Double[-18, 0])
            .Select((lat, lon, bearing, distance, seconds, threshold) => (lat, lon, bearing, distance, seconds, threshold))
            .Sample(
                x =>
                {
                    var from = new GeoPosition(x.lat, x.lon);
                    var to = GreatCircle.Destination(from, x.bearing, x.distance);
                    var depart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(x.seconds);
                    var arrive = depart.AddHours(x.distance / 220_000);
                    var expected = BruteForce(from, depart, to, arrive, x.threshold);
                    var actual = NightLeg.FirstInstantBelow(from, depart, to, arrive, x.threshold);
                    return expected is null ? actual is null : actual is { } a && Math.Abs((a - expected.Value).TotalSeconds) <= 30;
                },
                iter: 300);
    }

    [Fact]
    public void Is_night_compares_the_geometric_elevation_with_the_threshold()
    {
        var dusk = DaylightCalculator.For(new DateOnly(2026, 4, 5), Bamako).CivilDusk!.Value;

        NightLeg.IsNight(Bamako, dusk.AddMinutes(-1), SunThresholds.Civil).Should().BeFalse();
        NightLeg.IsNight(Bamako, dusk.AddMinutes(1), SunThresholds.Civil).Should().BeTrue();
    }

    [Fact]
    public void Arrival_before_departure_is_refused()
    {
        var depart = new DateTimeOffset(2026, 4, 5, 17, 30, 0, TimeSpan.Zero);

        var act = () => NightLeg.FirstInstantBelow(Bamako, depart, Menaka, depart.AddMinutes(-1), SunThresholds.Civil);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static DateTimeOffset? BruteForce(GeoPosition from, DateTimeOffset depart, GeoPosition to, DateTimeOffset arrive, double threshold)
    {
        var seconds = (arrive - depart).TotalSeconds;
        for (var s = 0.0; s <= seconds; s += 5)
        {
            var instant = depart.AddSeconds(s);
            var at = GreatCircle.Interpolate(from, to, seconds == 0 ? 0 : s / seconds);
            if (SolarPosition.GeometricElevationDegrees(instant, at) < threshold)
            {
                return instant;
            }
        }

        return SolarPosition.GeometricElevationDegrees(arrive, to) < threshold ? arrive : null;
    }
}

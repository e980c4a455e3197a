using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Domain.Tests.Reference;

namespace PeaceOps.Ops.Domain.Tests.Sun;

public sealed class SolarPositionTests
{
    [Fact]
    public void Matches_the_NREL_SPA_example_within_the_difference_of_the_two_refraction_models()
    {
        // Reda & Andreas, Solar Position Algorithm (NREL/TP-560-34302), example: 2003-10-17 12:30:30 −7h,
        // 39.742476 N 105.1786 W: topocentric zenith 50.11162°, azimuth 194.34024°. SPA refracts for 820 mbar
        // and 11 °C where NOAA assumes sea level, and SPA adds 0.0024° parallax: 0.02° covers both.
        var instant = new DateTimeOffset(2003, 10, 17, 12, 30, 30, TimeSpan.FromHours(-7));
        var golden = new GeoPosition(39.742476, -105.1786);

        SolarPosition.ElevationDegrees(instant, golden).Should().BeApproximately(90 - 50.11162, 0.02);
        SolarPosition.AzimuthDegrees(instant, golden).Should().BeApproximately(194.34024, 0.02);
    }

    [Fact]
    public void Apparent_elevation_is_the_geometric_elevation_plus_NOAA_refraction()
    {
        var instant = new DateTimeOffset(2026, 4, 5, 6, 30, 0, TimeSpan.Zero);
        var bamako = new GeoPosition(12.6392, -8.0029);
        var geometric = SolarPosition.GeometricElevationDegrees(instant, bamako);

        SolarPosition.ElevationDegrees(instant, bamako).Should().Be(geometric + AtmosphericRefraction.CorrectionDegrees(geometric));
        AtmosphericRefraction.CorrectionDegrees(geometric).Should().BeInRange(0.2, 0.6);
    }

    [Fact]
    public void Agrees_with_the_NOAA_spreadsheet_within_a_hundredth_of_a_degree_anywhere_any_time()
    {
        Gen.Select(Gen.Double[-89.9, 89.9], Gen.Double[-180, 180], Gen.Long[0, 40L * 365 * 86400], (lat, lon, seconds) => (lat, lon, seconds))
            .Sample(x =>
            {
                var instant = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(x.seconds);
                var place = new GeoPosition(x.lat, x.lon);
                var (elevation, azimuth) = NoaaSpreadsheet.Position(instant, x.lat, x.lon);
                var azimuthError = Math.Abs(((SolarPosition.AzimuthDegrees(instant, place) - azimuth + 540) % 360) - 180);
                return Math.Abs(SolarPosition.ElevationDegrees(instant, place) - elevation) < 0.01
                    && (elevation > 89 || Math.Abs(x.lat) > 89 || azimuthError < 0.01);
            });
    }

    [Fact]
    public void At_the_March_2026_equinox_the_sun_crosses_the_equator()
    {
        // USNO: 2026 March equinox at 14:46 UTC on 20 March.
        var equinox = SolarCoordinates.At(new DateTimeOffset(2026, 3, 20, 14, 46, 0, TimeSpan.Zero));

        equinox.DeclinationDegrees.Should().BeApproximately(0, 0.01);
    }

    [Fact]
    public void The_sun_is_overhead_at_the_subsolar_point()
    {
        var instant = new DateTimeOffset(2026, 6, 21, 9, 15, 0, TimeSpan.Zero);
        var sun = SolarCoordinates.At(instant);
        var subsolar = new GeoPosition(sun.DeclinationDegrees, -sun.GreenwichHourAngleDegrees(instant));

        SolarPosition.GeometricElevationDegrees(instant, subsolar).Should().BeApproximately(90, 1e-6);
    }

    [Fact]
    public void Azimuth_is_east_in_the_morning_and_west_in_the_evening()
    {
        var bamako = new GeoPosition(12.6392, -8.0029);

        SolarPosition.AzimuthDegrees(new DateTimeOffset(2026, 4, 5, 8, 0, 0, TimeSpan.Zero), bamako).Should().BeInRange(60, 120);
        SolarPosition.AzimuthDegrees(new DateTimeOffset(2026, 4, 5, 17, 0, 0, TimeSpan.Zero), bamako).Should().BeInRange(240, 300);
    }
}

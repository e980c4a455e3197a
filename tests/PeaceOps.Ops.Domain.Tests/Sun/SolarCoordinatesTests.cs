using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Domain.Tests.Sun;

public sealed class SolarCoordinatesTests
{
    // Meeus, Astronomical Algorithms (2nd ed.), Example 25.a: 1992 October 13, 0h TD = JD 2448908.5.
    private const double MeeusExampleJulianDay = 2448908.5;

    [Fact]
    public void Declination_matches_Meeus_example_25a()
    {
        SolarCoordinates.ForJulianDay(MeeusExampleJulianDay).DeclinationDegrees.Should().BeApproximately(-7.78507, 0.00005);
    }

    [Fact]
    public void Apparent_longitude_matches_Meeus_example_25a()
    {
        SolarCoordinates.ForJulianDay(MeeusExampleJulianDay).ApparentLongitudeDegrees.Should().BeApproximately(199.90895, 0.00005);
    }

    [Fact]
    public void Right_ascension_matches_Meeus_example_25a()
    {
        SolarCoordinates.ForJulianDay(MeeusExampleJulianDay).RightAscensionDegrees.Should().BeApproximately(198.38083, 0.00005);
    }

    [Fact]
    public void Equation_of_time_matches_Meeus_example_28b()
    {
        // Example 28.b (Smart's formula, the one NOAA uses): E = +0.059825572 rad = 13m 42.7s for the same instant.
        SolarCoordinates.ForJulianDay(MeeusExampleJulianDay).EquationOfTimeMinutes.Should().BeApproximately(13 + (42.7 / 60), 0.01);
    }

    [Fact]
    public void Julian_day_of_the_J2000_epoch_is_2451545()
    {
        SolarCoordinates.JulianDay(new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero)).Should().Be(2451545.0);
    }
}

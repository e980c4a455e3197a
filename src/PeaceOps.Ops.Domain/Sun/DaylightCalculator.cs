using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// Sunrise, sunset and the twilights (NOAA/Meeus sun), and "first/last light" between two instants.
/// Events are found by searching the geometric elevation around solar noon rather than by NOAA's
/// closed-form hour angle at noon, so they stay right near the poles and across the date line.
/// </summary>
public static class DaylightCalculator
{
    private static readonly TimeSpan HalfDay = TimeSpan.FromHours(12);

    /// <summary>
    /// The events of the solar day whose local solar noon falls on <paramref name="date"/> (local mean
    /// time at the place's longitude); dawns are before that noon, dusks after it, each within 12 hours.
    /// </summary>
    public static DaylightTimes For(DateOnly date, GeoPosition at)
    {
        var noon = SolarNoon(date, at);
        var (sunrise, sunset) = Events(noon, at, SunThresholds.SunriseSunset);
        var (civilDawn, civilDusk) = Events(noon, at, SunThresholds.Civil);
        var (nauticalDawn, nauticalDusk) = Events(noon, at, SunThresholds.Nautical);
        var (astronomicalDawn, astronomicalDusk) = Events(noon, at, SunThresholds.Astronomical);
        return new DaylightTimes(date, noon, sunrise, sunset, civilDawn, civilDusk, nauticalDawn, nauticalDusk, astronomicalDawn, astronomicalDusk);
    }

    /// <summary>The instant of the sun's transit (highest point) nearest to noon local mean time on the date.</summary>
    public static DateTimeOffset SolarNoon(DateOnly date, GeoPosition at)
    {
        var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var minutes = 720.0 - (4.0 * at.Longitude);
        for (var i = 0; i < 3; i++)
        {
            var eot = SolarCoordinates.At(midnight.AddMinutes(minutes)).EquationOfTimeMinutes;
            minutes = 720.0 - (4.0 * at.Longitude) - eot;
        }

        return midnight.AddTicks((long)Math.Round(minutes * TimeSpan.TicksPerMinute));
    }

    /// <summary>
    /// First light: the first instant in [from, to] at which the sun is at or above the threshold
    /// (<paramref name="from"/> itself when it already is); null if it stays below throughout.
    /// </summary>
    public static DateTimeOffset? FirstLight(GeoPosition at, DateTimeOffset from, DateTimeOffset to, double thresholdDegrees)
    {
        GuardWindow(from, to);
        NightLeg.GuardThreshold(thresholdDegrees);
        var minutes = ElevationSearch.FirstMinutes(at, at, from, to, thresholdDegrees, wantBelow: false);
        return minutes is { } m ? NightLeg.ClampedAdd(from, m, to) : null;
    }

    /// <summary>
    /// Last light: the first instant in [from, to] at which the sun is below the threshold, i.e. when
    /// the light runs out (<paramref name="from"/> itself when it already has); null if it stays light throughout.
    /// </summary>
    public static DateTimeOffset? LastLight(GeoPosition at, DateTimeOffset from, DateTimeOffset to, double thresholdDegrees)
    {
        GuardWindow(from, to);
        NightLeg.GuardThreshold(thresholdDegrees);
        var minutes = ElevationSearch.FirstMinutes(at, at, from, to, thresholdDegrees, wantBelow: true);
        return minutes is { } m ? NightLeg.ClampedAdd(from, m, to) : null;
    }

    private static (DateTimeOffset? Dawn, DateTimeOffset? Dusk) Events(DateTimeOffset noon, GeoPosition at, double threshold)
    {
        // At transit the sun is at its daily highest: below the threshold then, there is no dawn or dusk.
        if (SolarPosition.GeometricElevationDegrees(noon, at) < threshold)
        {
            return (null, null);
        }

        // Searching outward from noon for the sun going below: the crossing found backward is the dawn.
        var dawn = ElevationSearch.FirstMinutes(at, at, noon, noon - HalfDay, threshold, wantBelow: true);
        var dusk = ElevationSearch.FirstMinutes(at, at, noon, noon + HalfDay, threshold, wantBelow: true);
        return (
            dawn is { } d ? noon.AddTicks((long)Math.Round(d * TimeSpan.TicksPerMinute)) : null,
            dusk is { } k ? noon.AddTicks((long)Math.Round(k * TimeSpan.TicksPerMinute)) : null);
    }

    private static void GuardWindow(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end of the window must not be before its start.");
        }
    }
}

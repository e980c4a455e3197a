using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// Night on a flight leg (DOMAIN.md "Night"): a leg is a night leg if the sun is below the mission's
/// threshold at any point of the leg, at that point's position and time. Thresholds are compared with
/// the geometric elevation of the sun's centre, the convention that defines civil (−6°) and nautical
/// (−12°) twilight, so answers agree with <see cref="DaylightCalculator"/>. Allocation-free.
/// </summary>
public static class NightLeg
{
    /// <summary>
    /// The first instant during a great-circle leg flown at constant speed at which the sun, at the
    /// aircraft's position at that instant, is below <paramref name="thresholdDegrees"/>; null if never.
    /// Accurate to about a second; a dip below the threshold shorter than 30 s (the sun grazing it) may be missed.
    /// </summary>
    public static DateTimeOffset? FirstInstantBelow(
        GeoPosition from, DateTimeOffset departAt, GeoPosition to, DateTimeOffset arriveAt, double thresholdDegrees)
    {
        if (arriveAt < departAt)
        {
            throw new ArgumentOutOfRangeException(nameof(arriveAt), arriveAt, "Arrival must not be before departure.");
        }

        GuardThreshold(thresholdDegrees);
        var minutes = ElevationSearch.FirstMinutes(from, to, departAt, arriveAt, thresholdDegrees, wantBelow: true);
        return minutes is { } m ? ClampedAdd(departAt, m, arriveAt) : null;
    }

    /// <summary>True when the sun's geometric elevation at the place and instant is below the threshold.</summary>
    public static bool IsNight(GeoPosition at, DateTimeOffset instant, double thresholdDegrees)
    {
        GuardThreshold(thresholdDegrees);
        return SolarPosition.GeometricElevationDegrees(instant, at) < thresholdDegrees;
    }

    internal static void GuardThreshold(double thresholdDegrees)
    {
        if (!double.IsFinite(thresholdDegrees) || thresholdDegrees is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdDegrees), thresholdDegrees, "The sun elevation threshold must be between -90 and 90 degrees.");
        }
    }

    internal static DateTimeOffset ClampedAdd(DateTimeOffset start, double minutes, DateTimeOffset limit)
    {
        var instant = start.AddTicks((long)Math.Round(minutes * TimeSpan.TicksPerMinute));
        return minutes >= 0 ? (instant > limit ? limit : instant) : (instant < limit ? limit : instant);
    }
}

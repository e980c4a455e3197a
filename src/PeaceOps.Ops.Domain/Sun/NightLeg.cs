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
    // Covers the search's interpolated sun (error below 0.0002°) and rounding, so a leg cleared by StaysAbove is one
    // FirstInstantBelow would find no night on.
    private const double DaylightSlackDegrees = 0.5;
    private const double RadiansToDegrees = 180.0 / Math.PI;

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

    /// <summary>
    /// True when a flight along <paramref name="track"/> (great-circle segments, flown from <paramref name="departAt"/>
    /// to <paramref name="arriveAt"/>) provably keeps the sun above the threshold everywhere, decided from one sun
    /// position at departure: seen from the aircraft, the elevation changes by at most the sub-solar point's rate plus
    /// the arc flown (the bound <see cref="FirstInstantBelow"/>'s search uses). False means "search the segments",
    /// not "night". Lets a planner skip that search (two solar ephemerides per segment) for most daytime legs.
    /// </summary>
    public static bool StaysAbove(IReadOnlyList<GeoPosition> track, DateTimeOffset departAt, DateTimeOffset arriveAt, double thresholdDegrees)
    {
        ArgumentNullException.ThrowIfNull(track);
        GuardThreshold(thresholdDegrees);
        if (track.Count == 0)
        {
            return false;
        }

        var arcDegrees = 0.0;
        for (var i = 0; i + 1 < track.Count; i++)
        {
            arcDegrees += GreatCircle.CentralAngleRadians(track[i], track[i + 1]) * RadiansToDegrees;
        }

        var margin = SolarPosition.GeometricElevationDegrees(departAt, track[0]) - thresholdDegrees;
        return margin > (ElevationSearch.SubSolarRateDegreesPerMinute * (arriveAt - departAt).TotalMinutes) + arcDegrees + DaylightSlackDegrees;
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

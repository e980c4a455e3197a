using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// Finds the first instant the sun crosses an elevation threshold for an observer moving at constant
/// speed along a great circle (or standing still). The sun's elevation, seen from a point moving at
/// angular speed v, changes by at most 0.2507°/min + v (earth rotation moves the sub-solar point at most
/// 0.25°/min, declination adds 0.0003°/min): so from an elevation m degrees away from the threshold,
/// the next m / rate minutes cannot cross it and are skipped unseen. Near the threshold it steps at
/// least <see cref="MinimumStepMinutes"/> and bisects the bracket to <see cref="ResolutionMinutes"/>.
/// Allocation-free.
/// </summary>
internal static class ElevationSearch
{
    /// <summary>A dip below the threshold shorter than this (the sun grazing it) may go unseen.</summary>
    public const double MinimumStepMinutes = 0.5;

    public const double ResolutionMinutes = 1.0 / 60.0;

    /// <summary>The most the sun's elevation changes per minute for an observer standing still (see above).</summary>
    public const double SubSolarRateDegreesPerMinute = 0.2507;

    private const double RadiansToDegrees = 180.0 / Math.PI;
    private const double SafetyFactor = 1.05;

    /// <summary>
    /// Minutes after <paramref name="start"/> (searching forward, or backward when <paramref name="end"/> is earlier)
    /// of the first instant at which the sun is below the threshold (<paramref name="wantBelow"/>) or at/above it;
    /// null if that never happens before <paramref name="end"/>. The position moves from
    /// <paramref name="from"/> at <paramref name="start"/> to <paramref name="to"/> at <paramref name="end"/>.
    /// </summary>
    public static double? FirstMinutes(
        GeoPosition from, GeoPosition to, DateTimeOffset start, DateTimeOffset end, double thresholdDegrees, bool wantBelow)
    {
        var forward = end >= start;
        var track = forward ? new SunTrack(start, end) : new SunTrack(end, start);
        var leg = forward ? GreatCircleLeg.Between(from, to) : GreatCircleLeg.Between(to, from);
        var span = Math.Abs((end - start).TotalMinutes);
        var moving = leg.AngleRadians > 1e-12 && span > 0;
        GreatCircleLeg.ToUnitVector(forward ? from : to, out var sx, out var sy, out var sz);
        var rate = (SubSolarRateDegreesPerMinute + (moving ? leg.AngleRadians * RadiansToDegrees / span : 0)) * SafetyFactor;

        // s runs 0..span in search order; u is minutes after the track's (earlier) start.
        double Margin(double s)
        {
            var u = forward ? s : span - s;
            double x = sx, y = sy, z = sz;
            if (moving)
            {
                leg.PointAt(u / span, out x, out y, out z);
            }

            var elevation = Math.Asin(Math.Clamp(track.SinElevation(u, x, y, z), -1, 1)) * RadiansToDegrees;
            // Positive while the wanted condition has not happened yet.
            return wantBelow ? elevation - thresholdDegrees : thresholdDegrees - elevation;
        }

        var margin = Margin(0);
        if (margin < 0 || (!wantBelow && margin == 0))
        {
            return 0;
        }

        var s = 0.0;
        while (true)
        {
            var safe = margin / rate;
            if (s + safe >= span)
            {
                return null;
            }

            var previous = s;
            s = Math.Min(s + Math.Max(safe, MinimumStepMinutes), span);
            margin = Margin(s);
            if (margin < 0 || (!wantBelow && margin == 0))
            {
                var lo = previous;
                var hi = s;
                while (hi - lo > ResolutionMinutes)
                {
                    var mid = 0.5 * (lo + hi);
                    var m = Margin(mid);
                    if (m < 0 || (!wantBelow && m == 0))
                    {
                        hi = mid;
                    }
                    else
                    {
                        lo = mid;
                    }
                }

                return forward ? hi : -hi;
            }

            if (s >= span)
            {
                return null;
            }
        }
    }
}

using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Times a leg along its route and finds where it runs into darkness, segment by segment, at the time each is flown.</summary>
internal static class LegBuilder
{
    // The sun's elevation seen from a moving aircraft changes by at most the sub-solar point's 0.2507°/min (the
    // bound the night search itself uses) plus the arc flown; the slack covers that search's interpolated sun
    // (error below 0.0002°) and rounding, so a leg cleared by the bound is one the search would find no night on.
    private const double SunRateDegreesPerMinute = 0.2507;
    private const double DaylightSlackDegrees = 0.5;
    private const double RadiansToDegrees = 180.0 / Math.PI;

    public static FlownLeg Build(int number, LegKind kind, Waypoint from, Waypoint to, DateTimeOffset departAt, PlannedRoute route, double speedKmh, double nightThresholdDeg)
    {
        // Without a route the times are an estimate on the direct line, so the duty officer still sees the scale.
        IReadOnlyList<GeoPosition> track = route.Found ? route.Positions : [from.Position, to.Position];
        var metresPerSecond = speedKmh / 3.6;
        DateTimeOffset? darkFrom = null;
        var clock = departAt;
        var total = 0.0;
        var length = Length(track);
        var arriveAt = departAt.AddSeconds(length / metresPerSecond);
        if (InDaylightThroughout(track, departAt, arriveAt, nightThresholdDeg))
        {
            clock = arriveAt;
            total = length;
        }
        else
        {
            for (var i = 0; i + 1 < track.Count; i++)
            {
                var metres = GreatCircle.DistanceMeters(track[i], track[i + 1]);
                total += metres;
                var next = departAt.AddSeconds(total / metresPerSecond);
                darkFrom ??= NightLeg.FirstInstantBelow(track[i], clock, track[i + 1], next, nightThresholdDeg);
                clock = next;
            }
        }

        var leg = new TaskingLeg(number, kind, from, to, departAt, clock, darkFrom is not null, darkFrom, total, route.Found ? route.Positions : []);
        return new FlownLeg(leg, route);
    }

    /// <summary>
    /// Whether the sun stays so far above the threshold at departure that no point of the leg can see it below:
    /// then the search along every segment (two solar ephemerides each) is skipped. Most legs of a daytime
    /// incident are decided here with one sun position.
    /// </summary>
    private static bool InDaylightThroughout(IReadOnlyList<GeoPosition> track, DateTimeOffset departAt, DateTimeOffset arriveAt, double threshold)
    {
        var arcDegrees = 0.0;
        for (var i = 0; i + 1 < track.Count; i++)
        {
            arcDegrees += GreatCircle.CentralAngleRadians(track[i], track[i + 1]) * RadiansToDegrees;
        }

        var margin = SolarPosition.GeometricElevationDegrees(departAt, track[0]) - threshold;
        return margin > (SunRateDegreesPerMinute * (arriveAt - departAt).TotalMinutes) + arcDegrees + DaylightSlackDegrees;
    }

    /// <summary>Summed segment by segment in flight order, as the timing loop sums it, so arrival times agree to the tick.</summary>
    private static double Length(IReadOnlyList<GeoPosition> track)
    {
        var total = 0.0;
        for (var i = 0; i + 1 < track.Count; i++)
        {
            total += GreatCircle.DistanceMeters(track[i], track[i + 1]);
        }

        return total;
    }
}

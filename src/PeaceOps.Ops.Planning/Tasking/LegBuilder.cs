using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Times a leg along its route and finds where it runs into darkness, segment by segment, at the time each is flown.</summary>
internal static class LegBuilder
{
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
        // Most legs of a daytime incident are decided by one sun position, without the search along every segment.
        if (NightLeg.StaysAbove(track, departAt, arriveAt, nightThresholdDeg))
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

using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>
/// Where casualties happen: mostly in patrol areas and along main supply routes (convoys, IEDs), by the scenario's
/// weights, never inside an active prohibited zone (no unit patrols there) and always inside the mission area.
/// A mission without patrol areas or roads draws anywhere in its area.
/// </summary>
public sealed class CasualtyPlaceSampler(MissionDefinition mission, Random random)
{
    private const double RoadsideSpreadKm = 2;
    private const int Attempts = 50;

    public GeoPosition Sample(IReadOnlyList<AirspaceZoneDto> zones, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var prohibited = zones.Where(z => z.Kind == AirspaceKind.Prohibited && z.IsActiveAt(at) && z.Rings.Count > 0).ToArray();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var candidate = Draw();
            if (mission.Area.Contains(candidate) && !prohibited.Any(z => RingContains(z.Rings[0], candidate)))
            {
                return candidate;
            }
        }

        return Center();
    }

    /// <summary>Ray casting in lon/lat: exact enough for zones of tens of kilometres away from the poles.</summary>
    public static bool RingContains(IReadOnlyList<Contracts.Common.GeoPoint> ring, GeoPosition p)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Lat > p.Latitude) != (b.Lat > p.Latitude)
                && p.Longitude < ((b.Lon - a.Lon) * (p.Latitude - a.Lat) / (b.Lat - a.Lat)) + a.Lon)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private GeoPosition Draw()
    {
        var patrolWeight = mission.PatrolAreas.Sum(p => p.Weight);
        var roadWeight = mission.Roads.Sum(r => r.Weight);
        if (patrolWeight + roadWeight <= 0)
        {
            return new GeoPosition(
                mission.Area.South + (random.NextDouble() * (mission.Area.North - mission.Area.South)),
                mission.Area.West + (random.NextDouble() * (mission.Area.East - mission.Area.West)));
        }

        var x = random.NextDouble() * (patrolWeight + roadWeight);
        if (x < patrolWeight)
        {
            var area = Pick(mission.PatrolAreas, p => p.Weight, x);

            // sqrt: uniform over the disc, not crowded at its centre.
            return GreatCircle.Destination(area.Center, random.NextDouble() * 360, area.RadiusKm * 1000 * Math.Sqrt(random.NextDouble()));
        }

        var road = Pick(mission.Roads, r => r.Weight, x - patrolWeight);
        return AlongRoad(road);
    }

    private GeoPosition AlongRoad(RoadDefinition road)
    {
        var lengths = road.Points.Zip(road.Points.Skip(1), GreatCircle.DistanceMeters).ToArray();
        var target = random.NextDouble() * lengths.Sum();
        var i = 0;
        while (i < lengths.Length - 1 && target > lengths[i])
        {
            target -= lengths[i++];
        }

        var onRoad = GreatCircle.Interpolate(road.Points[i], road.Points[i + 1], lengths[i] > 0 ? target / lengths[i] : 0);
        return GreatCircle.Destination(onRoad, random.NextDouble() * 360, random.NextDouble() * RoadsideSpreadKm * 1000);
    }

    private static T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight, double x)
    {
        foreach (var item in items)
        {
            x -= weight(item);
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private GeoPosition Center() => new((mission.Area.South + mission.Area.North) / 2, (mission.Area.West + mission.Area.East) / 2);
}

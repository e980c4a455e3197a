using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Benchmarks.Planning;

/// <summary>
/// The "large mission": 60 aircraft, 40 facilities, 200 zones with 10,000 vertices in all, over an
/// area about 800 km square around 8° N 25° E. Seeded, so every run measures the same airspace. Each incident
/// brings a fresh pickup and fresh positions for the airborne aircraft, as real incidents do, so the caches
/// kept across incidents (graph, base and facility links) help exactly as much as they would in service.
/// </summary>
internal sealed class LargeMission
{
    public const int ZoneCount = 200;
    public const int VerticesPerZone = 50;
    private const double CentreLat = 8;
    private const double CentreLon = 25;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly Random _random;
    private readonly AircraftSnapshot[] _fleet;
    private readonly TaskingSituation _situation;

    public LargeMission(int seed)
    {
        _random = new Random(seed);
        var zones = Enumerable.Range(0, ZoneCount).Select(Zone).ToArray();
        var bases = Enumerable.Range(0, 8).Select(i => new LandingSite($"BASE-{i:00}", $"Base {i:00}", RandomPosition(), LandingSiteKind.Base, i % 2 == 0)).ToArray();
        var facilities = Enumerable.Range(0, 40).Select(Facility).ToArray();
        _fleet = Enumerable.Range(0, 60).Select(i => Aircraft(i, bases[i % bases.Length])).ToArray();
        var clearances = zones.Where((z, i) => z.Kind == AirspaceZoneKind.Restricted && i % 3 == 0)
            .Select(z => new ZoneClearance(z.Id, Now.AddHours(-2), Now.AddHours(10))).ToArray();
        _situation = new TaskingSituation(Now, _fleet, facilities, zones, [.. bases, .. facilities.Select(f => new LandingSite("HP-" + f.Id, f.Name, f.Position, LandingSiteKind.FacilityHelipad, f.HelipadNightCapable))], MissionSettings.Default, clearances);
        VertexCount = zones.Sum(z => z.Boundary.Count - 1);
    }

    public int VertexCount { get; }

    public TaskingSituation Situation => _situation;

    /// <summary>A new incident: a random pickup, and the airborne quarter of the fleet somewhere else than last time.</summary>
    public (TaskingRequest Request, TaskingSituation Situation) NextIncident()
    {
        var aircraft = new AircraftSnapshot[_fleet.Length];
        for (var i = 0; i < _fleet.Length; i++)
        {
            aircraft[i] = _fleet[i].Status == AircraftStatus.Airborne ? _fleet[i] with { Position = RandomPosition() } : _fleet[i];
        }

        var request = new TaskingRequest("INC", RandomPosition(), new PrecedenceCounts(Urgent: 1, UrgentSurgical: 1), 2, 1, SpecialEquipment.None, PickupSecurity.PossibleEnemy, Now.AddMinutes(-20), Now.AddMinutes(-10));
        return (request, _situation with { Aircraft = aircraft });
    }

    private GeoPosition RandomPosition() => new(CentreLat + ((_random.NextDouble() - 0.5) * 7.2), CentreLon + ((_random.NextDouble() - 0.5) * 7.2));

    private AirspaceZone Zone(int index)
    {
        // Star-shaped outlines (radius 5-20 km, ±30 % roughness) so that half the corners are concave, like real zones.
        var centre = RandomPosition();
        var radiusKm = 5 + (_random.NextDouble() * 15);
        var ring = new GeoPosition[VerticesPerZone + 1];
        for (var k = 0; k < VerticesPerZone; k++)
        {
            var angle = 2 * Math.PI * k / VerticesPerZone;
            var r = radiusKm * (0.7 + (0.3 * _random.NextDouble()));
            ring[k] = GreatCircle.Destination(centre, angle * 180 / Math.PI, r * 1000);
        }

        ring[^1] = ring[0];
        var kind = (index % 10) switch
        {
            0 => AirspaceZoneKind.Prohibited,
            < 6 => AirspaceZoneKind.Restricted,
            < 8 => AirspaceZoneKind.Danger,
            _ => AirspaceZoneKind.Threat,
        };
        IReadOnlyList<ActiveWindow> windows = index % 7 == 0 ? [new ActiveWindow(Now.AddHours(20), Now.AddHours(30))] : [];
        return new AirspaceZone($"Z{index:000}", $"Zone {index:000}", kind, ring, 0, 10000, windows, new ClearanceRule(48, index % 2 == 0));
    }

    private MedicalFacility Facility(int index)
    {
        var level = (FacilityLevel)(1 + (index % 4));
        var capabilities = level >= FacilityLevel.LevelII ? FacilityCapabilities.Resuscitation | FacilityCapabilities.Surgery | FacilityCapabilities.IntensiveCare : FacilityCapabilities.Resuscitation;
        return new MedicalFacility($"F{index:00}", $"Facility {index:00}", level, capabilities, (FacilityStatus)(index % 7 == 0 ? 2 : index % 5 == 0 ? 1 : 0), 10, 2, index % 3 != 0, RandomPosition());
    }

    private AircraftSnapshot Aircraft(int index, LandingSite home)
    {
        AircraftProfile[] types =
        [
            new("Mi-8MTV", 225, TimeSpan.FromHours(3.5), 7, 12, true, true),
            new("Bell 412", 230, TimeSpan.FromHours(3), 4, 8, true, true),
            new("AW139", 300, TimeSpan.FromHours(4), 3, 8, true, true),
            new("Mi-17", 225, TimeSpan.FromHours(3.5), 12, 20, false, false),
        ];
        var status = (index % 4) switch
        {
            0 => AircraftStatus.Airborne,
            3 when index % 8 == 3 => AircraftStatus.Maintenance,
            _ => AircraftStatus.Available,
        };
        var profile = types[index % types.Length];
        return new AircraftSnapshot($"AC{index:00}", $"UNO-{100 + index}", profile, index % 3 != 0, AircraftReadiness.Standard, status, home.Position, profile.Endurance * 0.8, home.Id, index % 5 == 0);
    }
}

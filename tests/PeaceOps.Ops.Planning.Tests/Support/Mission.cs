using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Planning.Tests.Support;

/// <summary>
/// A small mission near Gao (16° N, 0° E) laid out on a kilometre grid: at 16° N one degree of longitude is
/// 111.32 × cos 16° = 107.0 km and one degree of latitude 110.7 km, so hand arithmetic stays simple.
/// </summary>
internal static class Mission
{
    public const double KmPerDegreeLongitude = 107.0;
    public const double KmPerDegreeLatitude = 110.7;

    /// <summary>10:00Z on 26 Nov 2026: mid-morning at Gao (local noon is about 12:00Z), hours from any twilight.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static GeoPosition At(double eastKm, double northKm = 0) =>
        new(16 + (northKm / KmPerDegreeLatitude), eastKm / KmPerDegreeLongitude);

    public static AircraftProfile Mi8 { get; } = new("Mi-8MTV", 225, TimeSpan.FromHours(3.5), 7, 12, Hoist: true, NvgCapable: true);

    public static AircraftSnapshot Aircraft(string id, GeoPosition at, AircraftProfile? profile = null, string baseId = "BASE-A", TimeSpan? endurance = null, AircraftStatus status = AircraftStatus.Available, bool nvgCrew = true, AircraftReadiness? readiness = null) =>
        new(id, "UNO-" + id, profile ?? Mi8, nvgCrew, readiness ?? new AircraftReadiness(TimeSpan.Zero, TimeSpan.Zero), status, at, endurance ?? TimeSpan.FromHours(3.5), baseId);

    public static MedicalFacility LevelII(string id, GeoPosition at, FacilityStatus status = FacilityStatus.Open, bool nightHelipad = true) =>
        new(id, "Level II " + id, FacilityLevel.LevelII, FacilityCapabilities.Resuscitation | FacilityCapabilities.Surgery | FacilityCapabilities.IntensiveCare, status, 10, 2, nightHelipad, at);

    public static MedicalFacility LevelI(string id, GeoPosition at, bool nightHelipad = true) =>
        new(id, "Level I " + id, FacilityLevel.LevelI, FacilityCapabilities.Resuscitation, FacilityStatus.Open, 5, 0, nightHelipad, at);

    public static LandingSite Base(string id, GeoPosition at, bool nightCapable = true) => new(id, "Base " + id, at, LandingSiteKind.Base, nightCapable);

    /// <summary>An axis-aligned square zone, corners given in km east/north of the origin.</summary>
    public static AirspaceZone Square(string id, AirspaceZoneKind kind, double westKm, double southKm, double eastKm, double northKm, IReadOnlyList<ActiveWindow>? windows = null, ClearanceRule? clearance = null) =>
        new(id, id, kind,
            [At(westKm, southKm), At(eastKm, southKm), At(eastKm, northKm), At(westKm, northKm), At(westKm, southKm)],
            0, 10000, windows ?? [], clearance);

    public static TaskingRequest Request(GeoPosition pickup, DateTimeOffset injuredAt, int urgent = 1, int urgentSurgical = 0, int litters = 1, SpecialEquipment equipment = SpecialEquipment.None, PickupSecurity security = PickupSecurity.NoEnemy, bool pickupNightCapable = true) =>
        new("INC-1", pickup, new PrecedenceCounts(Urgent: urgent, UrgentSurgical: urgentSurgical), litters, 0, equipment, security, injuredAt, injuredAt, pickupNightCapable);

    public static TaskingSituation Situation(DateTimeOffset now, IReadOnlyList<AircraftSnapshot> aircraft, IReadOnlyList<MedicalFacility> facilities, IReadOnlyList<AirspaceZone>? zones = null, IReadOnlyList<LandingSite>? sites = null, MissionSettings? settings = null, IReadOnlyList<ZoneClearance>? clearances = null) =>
        new(now, aircraft, facilities, zones ?? [], sites ?? [Base("BASE-A", At(0))], settings ?? MissionSettings.Default, clearances ?? []);
}

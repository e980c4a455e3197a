using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Grains.Tests.Support;

/// <summary>A small mission near Gao (Mali): helicopters at the base, a Level II hospital, 9-lines from the field.</summary>
public static class Scenario
{
    public static CommandContext Duty(string key) => new("duty", key, "corr-" + key);

    public static AircraftProfile Helicopter(string id) => new(
        id, "UNO " + id, "Mi-8MTV", "gao", new GeoPoint(16.25, -0.05), NvgCapable: true, CrewNvgCurrent: true,
        CruiseSpeedKmh: 225, EnduranceMinutes: 210, Litters: 7, Seats: 12, Hoist: false);

    public static FacilityProfile Hospital(string id) => new(
        id, "Level II " + id, FacilityLevel.LevelII, new GeoPoint(16.27, -0.04), Surgery: true, HelipadNightCapable: true, Beds: 20, OperatingTables: 2);

    public static NineLine NineLine(double lat = 16.5) => new(
        lat, -0.5, "30QZD1639100716", "38.90", "DUSTOFF 6", new PatientsByPrecedence(1, 1, 1, 0), Array.Empty<string>(),
        Litter: 2, Ambulatory: 1, Security: "P", Marking: "C", Nationality: "C", Terrain: "NONE");

    public static ReportIncident Report(string key, double lat = 16.5) => new(NineLine(lat), null, Duty(key));

    public static async Task RegisterFleetAsync(OpsCluster cluster, params string[] aircraftIds)
    {
        foreach (var id in aircraftIds)
        {
            await cluster.Grain<IAircraftGrain>(id).Register(Helicopter(id), CommandContext.System("register-" + id));
        }

        await cluster.Grain<IMedicalFacilityGrain>("l2-gao").Register(Hospital("l2-gao"), CommandContext.System("register-l2-gao"));
    }
}

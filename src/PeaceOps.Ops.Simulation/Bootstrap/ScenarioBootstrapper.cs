using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Simulation.Scenarios.Loading;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Bootstrap;

/// <summary>
/// Seeds the grains from a scenario, register-if-absent, so that a restart with an existing database neither
/// duplicates nor resets live state:
/// - mission settings are written only into an empty mission (an admin's later change survives restarts);
/// - zones and landing sites are added when their id is absent (a scenario zone an admin deleted comes back after a
///   restart: the conservative direction for flight safety, and documented);
/// - aircraft and facilities are registered only when the grain does not know them yet, so status, taskings,
///   positions and capacity stay as they were; a new aircraft gets its first position report at its base through
///   the same ingest call a tracker uses.
/// Every command carries a key derived from the scenario and item, so a retry has no second effect.
/// </summary>
public sealed class ScenarioBootstrapper(IGrainFactory grains, TimeProvider clock)
{
    public const string Actor = "scenario";

    public async Task<ScenarioLoadSummary> LoadAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var mission = grains.GetGrain<IMissionGrain>(IMissionGrain.Key);
        var snapshot = await mission.GetSnapshot();
        var firstLoad = snapshot.AircraftIds.Count == 0 && snapshot.FacilityIds.Count == 0 && snapshot.Airspace.Count == 0 && snapshot.LandingSites.Count == 0;
        if (firstLoad)
        {
            await Apply(ScenarioFiles.Mission, "settings", () => mission.UpdateSettings(ScenarioContracts.Settings(scenario.Mission.Settings), Context(scenario, "settings")));
        }

        var sites = 0;
        foreach (var site in scenario.LandingSites.Where(s => !snapshot.LandingSites.Any(existing => existing.Id == s.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Apply(ScenarioFiles.LandingSites, $"landing site '{site.Id}'", () => mission.SetLandingSite(ScenarioContracts.LandingSite(site), Context(scenario, "landing-site:" + site.Id)));
            sites++;
        }

        var zones = 0;
        foreach (var zone in scenario.Airspace.Where(z => !snapshot.Airspace.Any(existing => existing.Id == z.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Apply(ScenarioFiles.Airspace, $"feature '{zone.Id}'", () => mission.AddZone(ScenarioContracts.Zone(zone), Context(scenario, "zone:" + zone.Id)));
            zones++;
        }

        var facilities = 0;
        foreach (var facility in scenario.Facilities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.GetGrain<IMedicalFacilityGrain>(facility.Id);
            if (!await Exists(grain.GetSnapshot))
            {
                await Apply(ScenarioFiles.Facilities, $"facility '{facility.Id}'", () => grain.Register(ScenarioContracts.Facility(facility), Context(scenario, "facility:" + facility.Id)));
                facilities++;
            }
        }

        var aircraft = 0;
        foreach (var airframe in scenario.Aircraft)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.GetGrain<IAircraftGrain>(airframe.Id);
            if (!await Exists(grain.GetSnapshot))
            {
                var profile = ScenarioContracts.Aircraft(scenario, airframe);
                await Apply(ScenarioFiles.Aircraft, $"aircraft '{airframe.Id}'", async () =>
                {
                    await grain.Register(profile, Context(scenario, "aircraft:" + airframe.Id));
                    return await grain.ReportPositions([new PositionReport($"scenario:{scenario.Name}:{airframe.Id}:at-base", clock.GetUtcNow(), profile.BasePosition.Lat, profile.BasePosition.Lon, 0, 0, 0)]);
                });
                aircraft++;
            }
        }

        return new ScenarioLoadSummary(scenario.Name, firstLoad, aircraft, facilities, zones, sites);
    }

    private static CommandContext Context(Scenario scenario, string item) => new(Actor, $"scenario:{scenario.Name}:{item}");

    private static async Task Apply<T>(string file, string item, Func<Task<T>> command)
    {
        try
        {
            await command();
        }
        catch (OpsCommandException ex) when (ex is not EntityNotFoundException)
        {
            throw new ScenarioItemRefusedException(file, item, ex);
        }
    }

    private static async Task<bool> Exists<T>(Func<Task<T>> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }
}

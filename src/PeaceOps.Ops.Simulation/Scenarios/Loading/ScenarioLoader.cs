using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>
/// Reads and validates a scenario folder. All files are read even after a problem, so that the author sees every
/// error at once; any error refuses the whole scenario (a half-loaded mission would mislead the duty officer).
/// </summary>
public static class ScenarioLoader
{
    /// <exception cref="ScenarioValidationException">The folder is missing or any file is invalid.</exception>
    public static Scenario Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var name = Path.GetFileName(full);
        if (!Directory.Exists(full))
        {
            throw new ScenarioValidationException(name, [new ScenarioError(full, "", "", "the scenario folder does not exist")]);
        }

        var errors = new ScenarioErrors();
        var mission = MissionFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.Mission, required: true, errors), errors);
        var area = mission?.Area;
        var types = AircraftTypesFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.AircraftTypes, required: true, errors), errors);
        var sites = LandingSitesFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.LandingSites, required: true, errors), area, errors);
        var aircraft = AircraftFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.Aircraft, required: true, errors), types, sites, errors);
        var facilities = FacilitiesFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.Facilities, required: true, errors), area, sites, errors);
        var airspace = AirspaceFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.Airspace, required: false, errors), area, errors);
        var events = EventsFileReader.Read(ScenarioFiles.Parse(full, ScenarioFiles.Events, required: false, errors), area, airspace, facilities, aircraft, errors);

        if (errors.Any || mission is null)
        {
            throw new ScenarioValidationException(name, errors.All);
        }

        return new Scenario(name, full, mission, types, aircraft, facilities, sites, airspace, events);
    }
}

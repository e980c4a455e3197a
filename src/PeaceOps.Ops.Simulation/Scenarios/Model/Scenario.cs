namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// A mission as shipped in a scenario folder: what exists when the product starts (aircraft, facilities,
/// landing sites, airspace) and what happens later (scripted events). Validated as a whole by the loader.
/// </summary>
public sealed record Scenario(
    string Name,
    string Source,
    MissionDefinition Mission,
    IReadOnlyList<AircraftTypeProfile> AircraftTypes,
    IReadOnlyList<AircraftDefinition> Aircraft,
    IReadOnlyList<FacilityDefinition> Facilities,
    IReadOnlyList<LandingSiteDefinition> LandingSites,
    IReadOnlyList<AirspaceZoneDefinition> Airspace,
    IReadOnlyList<ScriptedEvent> Events)
{
    public AircraftTypeProfile TypeOf(AircraftDefinition aircraft) =>
        AircraftTypes.First(t => string.Equals(t.Id, aircraft.TypeId, StringComparison.Ordinal));

    public LandingSiteDefinition BaseOf(AircraftDefinition aircraft) =>
        LandingSites.First(s => string.Equals(s.Id, aircraft.BaseId, StringComparison.Ordinal));
}

namespace PeaceOps.Ops.Simulation.Bootstrap;

/// <summary>What a start-up load changed: on a restart with an existing database, typically nothing.</summary>
public sealed record ScenarioLoadSummary(string Scenario, bool FirstLoad, int AircraftRegistered, int FacilitiesRegistered, int ZonesAdded, int LandingSitesAdded)
{
    public override string ToString() =>
        $"scenario '{Scenario}' {(FirstLoad ? "loaded into an empty mission" : "already present, live state kept")}: " +
        $"{AircraftRegistered} aircraft, {FacilitiesRegistered} facilities, {ZonesAdded} zones, {LandingSitesAdded} landing sites added";
}

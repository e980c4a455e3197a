namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>The mission: its airspace, landing sites, settings and the registry of every aircraft, facility and incident.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.mission-snapshot")]
public sealed record MissionSnapshot(
    [property: Id(0)] MissionSettingsDto Settings,
    [property: Id(1)] IReadOnlyList<AirspaceZoneDto> Airspace,
    [property: Id(2)] IReadOnlyList<LandingSiteDto> LandingSites,
    [property: Id(3)] IReadOnlyList<string> AircraftIds,
    [property: Id(4)] IReadOnlyList<string> FacilityIds,
    [property: Id(5)] IReadOnlyList<IncidentIndexEntry> Incidents,
    [property: Id(6)] long Version);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>mission.json: the mission's name, local time zone, area of operations and standing settings.</summary>
public sealed record MissionDefinition(
    string Name,
    string Description,
    string TimeZone,
    AreaBox Area,
    MissionSettingsDefinition Settings,
    IReadOnlyList<PatrolArea> PatrolAreas,
    IReadOnlyList<RoadDefinition> Roads);

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>What a client can subscribe to; a medical coordinator's screen has no use for every aircraft position.</summary>
public static class ChangeTopics
{
    public const string Positions = "positions";
    public const string Aircraft = "aircraft";
    public const string Incidents = "incidents";
    public const string Facilities = "facilities";
    public const string Airspace = "airspace";
    public const string Mission = "mission";

    public static readonly IReadOnlyList<string> All = [Positions, Aircraft, Incidents, Facilities, Airspace, Mission];

    public static string Of(string kind) => kind switch
    {
        "aircraftMoved" => Positions,
        "aircraftChanged" => Aircraft,
        "facilityChanged" => Facilities,
        "airspaceZoneChanged" or "airspaceZoneRemoved" or "landingSiteChanged" => Airspace,
        "missionSettingsChanged" => Mission,
        _ => Incidents,
    };
}

namespace PeaceOps.Ops.Grains.EventSourcing;

/// <summary>The event-log stream of each entity; replay and the after-action review read the same names.</summary>
public static class StreamIds
{
    public const string IncidentPrefix = "incident-";

    public static string Incident(string id) => IncidentPrefix + id;

    public static string Aircraft(string id) => $"aircraft-{id}";

    public static string Facility(string id) => $"facility-{id}";

    public static string Mission(string key) => $"mission-{key}";
}

namespace PeaceOps.Ops.Contracts.Events;

/// <summary>
/// The event-log stream of each entity: "{kind}-{id}". The grains write under these names and replay and the
/// after-action review read them, so both spell them here.
/// </summary>
public static class StreamIds
{
    private const string IncidentPrefix = "incident-";

    public static string Incident(string id) => IncidentPrefix + id;

    public static string Aircraft(string id) => $"aircraft-{id}";

    public static string Facility(string id) => $"facility-{id}";

    public static string Mission(string key) => $"mission-{key}";

    public static bool IsIncident(string streamId) => streamId.StartsWith(IncidentPrefix, StringComparison.Ordinal);

    /// <summary>"aircraft-ac-1" → "ac-1": the entity's id after the stream's kind.</summary>
    public static string EntityId(string streamId)
    {
        var dash = streamId.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? streamId : streamId[(dash + 1)..];
    }
}

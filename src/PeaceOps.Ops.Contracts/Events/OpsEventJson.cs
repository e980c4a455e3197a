using System.Text.Json;
using System.Text.Json.Serialization;
using PeaceOps.Ops.Contracts.Aircraft.Events;
using PeaceOps.Ops.Contracts.Facilities.Events;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission.Events;

namespace PeaceOps.Ops.Contracts.Events;

/// <summary>
/// How events are written to and read from the log: camelCase JSON, the event's type name (its class name) in the log's
/// type column. Names are a stored contract: never rename an event class, add a new one instead.
/// </summary>
public static class OpsEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Dictionary<string, Type> TypesByName = new Type[]
    {
        typeof(IncidentReported), typeof(OptionsProposed), typeof(TaskingApproved), typeof(AircraftLaunched),
        typeof(ArrivedAtPickup), typeof(PatientsLoaded), typeof(HandedOver), typeof(IncidentClosed),
        typeof(IncidentCancelled), typeof(MissionAborted), typeof(MissionDiverted), typeof(IncidentFlaggedForReplan),
        typeof(AircraftRegistered), typeof(AircraftStatusChanged), typeof(AircraftTasked), typeof(AircraftTaskingUpdated),
        typeof(AircraftReleased),
        typeof(FacilityRegistered), typeof(FacilityStatusReported),
        typeof(AirspaceZoneSet), typeof(AirspaceZoneDeleted), typeof(LandingSiteSet), typeof(MissionSettingsUpdated),
        typeof(AircraftEnlisted), typeof(FacilityEnlisted), typeof(IncidentTracked),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static string TypeName(OpsEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var name = @event.GetType().Name;
        return TypesByName.ContainsKey(name) ? name : throw new ArgumentException($"{name} is not a registered event type.", nameof(@event));
    }

    public static string Serialize(OpsEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return JsonSerializer.Serialize(@event, @event.GetType(), Options);
    }

    /// <summary>The event, or null for a type this build does not know (a newer writer): readers skip it.</summary>
    public static OpsEvent? Deserialize(string typeName, string json) =>
        TypesByName.TryGetValue(typeName, out var type) ? (OpsEvent?)JsonSerializer.Deserialize(json, type, Options) : null;
}

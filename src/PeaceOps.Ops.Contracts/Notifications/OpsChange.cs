using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>
/// One change to the operations picture. <see cref="Sequence"/> is stamped by the picture grain (global, strictly increasing);
/// it is 0 until then. In JSON the concrete kind is the "kind" property (e.g. "aircraftMoved").
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.change")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(AircraftMoved), "aircraftMoved")]
[JsonDerivedType(typeof(AircraftChanged), "aircraftChanged")]
[JsonDerivedType(typeof(FacilityChanged), "facilityChanged")]
[JsonDerivedType(typeof(IncidentCreated), "incidentCreated")]
[JsonDerivedType(typeof(IncidentUpdated), "incidentUpdated")]
[JsonDerivedType(typeof(IncidentOptionsUpdated), "incidentOptionsUpdated")]
[JsonDerivedType(typeof(ReplanFlagged), "replanFlagged")]
[JsonDerivedType(typeof(AirspaceZoneChanged), "airspaceZoneChanged")]
[JsonDerivedType(typeof(AirspaceZoneRemoved), "airspaceZoneRemoved")]
[JsonDerivedType(typeof(LandingSiteChanged), "landingSiteChanged")]
[JsonDerivedType(typeof(MissionSettingsChanged), "missionSettingsChanged")]
public abstract record OpsChange
{
    [Id(0)]
    public long Sequence { get; init; }

    /// <summary>When the change happened (grain time, from the injected TimeProvider).</summary>
    [Id(1)]
    public DateTimeOffset At { get; init; }

    /// <summary>Changes with the same key replace each other when coalesced (only position updates are coalesced).</summary>
    [JsonIgnore]
    public virtual string? CoalesceKey => null;
}

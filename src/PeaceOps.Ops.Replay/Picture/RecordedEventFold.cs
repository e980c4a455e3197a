using System.Text.Json;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.Picture;

/// <summary>
/// Turns recorded events into the picture changes the grains published when they recorded them, so that the replayed
/// picture goes through the same <see cref="OperationsPictureProjection"/> as the live one. Each rule mirrors what the
/// grain does to its state on that event (an aircraft starts at its base, available; a tasking sets Tasked...).
/// Reads the JSON by the log's type names (a stored contract): an event this build does not know is skipped.
/// </summary>
public static class RecordedEventFold
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Apply(OperationsPictureProjection picture, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(recorded);
        var change = ToChange(picture, recorded);
        if (change is not null)
        {
            picture.Apply(change with { Sequence = recorded.Sequence, At = recorded.OccurredAt });
        }
    }

    public static OpsChange? ToChange(OperationsPictureProjection picture, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(recorded);
        using var document = JsonDocument.Parse(recorded.Data);
        var data = document.RootElement;
        var at = recorded.OccurredAt;
        var entityId = StreamIds.EntityId(recorded.StreamId);
        switch (recorded.Type)
        {
            case "AircraftRegistered":
            {
                var profile = Read<AircraftProfile>(data, "profile");
                var known = picture.FindAircraft(profile.Id);
                return new AircraftChanged(known is null
                    ? new AircraftSnapshot(profile, AircraftStatus.Available,
                        new AircraftPosition(profile.BasePosition.Lat, profile.BasePosition.Lon, 0, 0, 0, at), profile.EnduranceMinutes, null, null, at)
                    : known with { Profile = profile, EnduranceRemainingMinutes = Math.Min(known.EnduranceRemainingMinutes, profile.EnduranceMinutes) });
            }

            case "AircraftStatusChanged" when picture.FindAircraft(entityId) is { } aircraft:
                return new AircraftChanged(aircraft with
                {
                    Status = Read<AircraftStatus>(data, "status"),
                    StatusNote = data.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null,
                    StatusChangedAt = at,
                });
            case "AircraftTasked" when picture.FindAircraft(entityId) is { } aircraft:
                return new AircraftChanged(aircraft with
                {
                    Status = AircraftStatus.Tasked,
                    Tasking = new AircraftTasking(Text(data, "incidentId"), Text(data, "facilityId"), at, recorded.Actor),
                    StatusChangedAt = at,
                });
            case "AircraftTaskingUpdated" when picture.FindAircraft(entityId) is { Tasking: { } tasking } aircraft:
                return new AircraftChanged(aircraft with
                {
                    Status = Read<AircraftStatus>(data, "status"),
                    Tasking = tasking with { FacilityId = Text(data, "facilityId") },
                    StatusChangedAt = at,
                });
            case "AircraftReleased" when picture.FindAircraft(entityId) is { } aircraft:
                return new AircraftChanged(aircraft with { Status = Read<AircraftStatus>(data, "status"), Tasking = null, StatusChangedAt = at });
            case "FacilityRegistered":
            {
                var profile = Read<FacilityProfile>(data, "profile");
                var known = picture.FindFacility(profile.Id);
                return new FacilityChanged(known is null
                    ? new FacilitySnapshot(profile, FacilityStatus.Open, profile.Beds, profile.OperatingTables, null, at, recorded.Actor)
                    : known with { Profile = profile });
            }

            case "FacilityStatusReported" when picture.FindFacility(entityId) is { } facility:
            {
                var update = Read<FacilityStatusUpdate>(data, "update");
                return new FacilityChanged(facility with
                {
                    Status = update.Status,
                    AvailableBeds = update.AvailableBeds,
                    AvailableOperatingTables = update.AvailableOperatingTables,
                    Note = update.Note,
                    UpdatedAt = at,
                    UpdatedBy = recorded.Actor,
                });
            }

            case "IncidentFlaggedForReplan":
                // Live, the incident publishes the flag before its summary update; the picture shows it from the flag.
                return new ReplanFlagged(entityId, Text(data, "reason"), Text(data, "cause"));
            case "IncidentTracked" when data.TryGetProperty("entry", out var entry) && entry.TryGetProperty("incident", out var incident):
                // Logs recorded while the mission still wrote its index: the summary as the incident announced it.
                return new IncidentUpdated(incident.Deserialize<Contracts.Incidents.IncidentSummary>(Json)!);
            case not null when StreamIds.IsIncident(recorded.StreamId)
                && OpsEventJson.Deserialize(recorded.Type, recorded.Data) is IncidentEvent incidentEvent:
            {
                // Live, the incident publishes its new summary after recording each event: the same summary, folded.
                var summary = IncidentSummaryFold.Next(picture.FindIncident(entityId), incidentEvent);
                return summary is null ? null : incidentEvent is IncidentReported ? new IncidentCreated(summary) : new IncidentUpdated(summary);
            }

            case "AirspaceZoneSet":
                return new AirspaceZoneChanged(Read<AirspaceZoneDto>(data, "zone"));
            case "AirspaceZoneDeleted":
                return new AirspaceZoneRemoved(Text(data, "zoneId"));
            case "LandingSiteSet":
                return new LandingSiteChanged(Read<LandingSiteDto>(data, "site"));
            case "MissionSettingsUpdated":
                return new MissionSettingsChanged(Read<MissionSettingsDto>(data, "settings"));
            default:
                return null;
        }
    }

    private static T Read<T>(JsonElement data, string property) =>
        data.GetProperty(property).Deserialize<T>(Json) ?? throw new JsonException($"Event property '{property}' is null.");

    private static string Text(JsonElement data, string property) => data.GetProperty(property).GetString() ?? string.Empty;
}

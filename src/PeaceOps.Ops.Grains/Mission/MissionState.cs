using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Mission.Events;
using PeaceOps.Ops.Grains.EventSourcing;

namespace PeaceOps.Ops.Grains.Mission;

/// <summary>The mission as the projection of its events.</summary>
[GenerateSerializer, Alias("peaceops.mission-state")]
public sealed class MissionState : IProjection<MissionEvent>
{
    [Id(0)]
    public MissionSettingsDto Settings { get; set; } = new();

    [Id(1)]
    public Dictionary<string, AirspaceZoneDto> Zones { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, LandingSiteDto> LandingSites { get; set; } = new(StringComparer.Ordinal);

    [Id(3)]
    public List<string> AircraftIds { get; set; } = [];

    [Id(4)]
    public List<string> FacilityIds { get; set; } = [];

    [Id(6)]
    public HashSet<string> ProcessedKeys { get; set; } = new(StringComparer.Ordinal);

    [Id(7)]
    public long Version { get; set; }

    public void Apply(MissionEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Version++;
        if (@event.IdempotencyKey is { } key)
        {
            ProcessedKeys.Add(key);
        }

        switch (@event)
        {
            case AirspaceZoneSet e:
                Zones[e.Zone.Id] = e.Zone;
                break;
            case AirspaceZoneDeleted e:
                Zones.Remove(e.ZoneId);
                break;
            case LandingSiteSet e:
                LandingSites[e.Site.Id] = e.Site;
                break;
            case MissionSettingsUpdated e:
                Settings = e.Settings;
                break;
            case AircraftEnlisted e when !AircraftIds.Contains(e.AircraftId):
                AircraftIds.Add(e.AircraftId);
                break;
            case FacilityEnlisted e when !FacilityIds.Contains(e.FacilityId):
                FacilityIds.Add(e.FacilityId);
                break;
            case IncidentTracked:
                // Logs from before the index was derived from the incidents' streams (IncidentIndex): nothing to do.
                break;
            default:
                break;
        }
    }

    public MissionSnapshot ToSnapshot(IReadOnlyList<IncidentIndexEntry> incidents) => new(
        Settings,
        Zones.Values.OrderBy(z => z.Id, StringComparer.Ordinal).ToArray(),
        LandingSites.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray(),
        AircraftIds.ToArray(),
        FacilityIds.ToArray(),
        incidents,
        Version);
}

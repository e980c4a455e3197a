using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Grains.Picture;

/// <summary>The operations picture in memory: every change is a whole-entity upsert (or a removal), so applying one twice is harmless.</summary>
public sealed class PictureModel
{
    private readonly Dictionary<string, AircraftSnapshot> _aircraft = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FacilitySnapshot> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IncidentSummary> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AirspaceZoneDto> _zones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LandingSiteDto> _sites = new(StringComparer.Ordinal);
    private MissionSettingsDto _settings = new();

    public void Load(MissionSnapshot mission)
    {
        ArgumentNullException.ThrowIfNull(mission);
        _settings = mission.Settings;
        foreach (var zone in mission.Airspace)
        {
            _zones[zone.Id] = zone;
        }

        foreach (var site in mission.LandingSites)
        {
            _sites[site.Id] = site;
        }

        foreach (var entry in mission.Incidents)
        {
            _incidents.TryAdd(entry.IncidentId, entry.Incident);
        }
    }

    public void Apply(OpsChange change)
    {
        switch (change)
        {
            case AircraftMoved e when _aircraft.TryGetValue(e.AircraftId, out var known):
                if (known.Position is null || known.Position.ReportedAt < e.Position.ReportedAt)
                {
                    _aircraft[e.AircraftId] = known with { Position = e.Position, EnduranceRemainingMinutes = e.EnduranceRemainingMinutes };
                }

                break;
            case AircraftChanged e:
                _aircraft[e.Aircraft.Id] = e.Aircraft;
                break;
            case FacilityChanged e:
                _facilities[e.Facility.Id] = e.Facility;
                break;
            case IncidentCreated e:
                _incidents[e.Incident.Id] = e.Incident;
                break;
            case IncidentUpdated e:
                _incidents[e.Incident.Id] = e.Incident;
                break;
            case AirspaceZoneChanged e:
                _zones[e.Zone.Id] = e.Zone;
                break;
            case AirspaceZoneRemoved e:
                _zones.Remove(e.ZoneId);
                break;
            case LandingSiteChanged e:
                _sites[e.Site.Id] = e.Site;
                break;
            case MissionSettingsChanged e:
                _settings = e.Settings;
                break;
            default:
                break;
        }
    }

    public PictureSnapshot Snapshot(DateTimeOffset asOf, string epoch, long sequence) => new(
        asOf,
        epoch,
        sequence,
        _aircraft.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(),
        _facilities.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray(),
        _incidents.Values.OrderBy(i => i.InjuredAt).ToArray(),
        _zones.Values.OrderBy(z => z.Id, StringComparer.Ordinal).ToArray(),
        _sites.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray(),
        _settings);
}

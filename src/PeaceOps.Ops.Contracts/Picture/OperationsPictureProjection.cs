using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;

namespace PeaceOps.Ops.Contracts.Picture;

/// <summary>
/// The operations picture as a pure fold of changes: the one projection that both the live picture (the picture grain)
/// and the replayed picture (replay's fold of the logs) run, so that they cannot disagree. It lives with the contracts
/// because both sides reference them and it needs nothing from Orleans. Changes are whole-entity upserts, so applying
/// one twice is harmless. A position never moves backwards in time: trackers deliver out of order, and an entity change
/// may carry an older position than the newest report, and the duty officer must see where the aircraft was last seen,
/// whichever order the two arrive in. A replan flag shows as soon as it is raised, even if the incident update that
/// follows is lost. Incidents are listed by injury time (the 10-1-2 clocks run from it, so the oldest casualty first).
/// Not thread-safe: one owner (a grain, a replay session) applies changes one at a time.
/// </summary>
public sealed class OperationsPictureProjection
{
    private readonly Dictionary<string, AircraftSnapshot> _aircraft = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FacilitySnapshot> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IncidentSummary> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AirspaceZoneDto> _airspace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LandingSiteDto> _landingSites = new(StringComparer.Ordinal);

    public MissionSettingsDto Settings { get; private set; } = new();

    /// <summary>The newest change folded in (global sequence), 0 before any.</summary>
    public long Sequence { get; private set; }

    /// <summary>The time of the newest change folded in.</summary>
    public DateTimeOffset? LastChangeAt { get; private set; }

    public int AircraftCount => _aircraft.Count;

    public static OperationsPictureProjection From(PictureSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var projection = new OperationsPictureProjection { Sequence = snapshot.Sequence, Settings = snapshot.Settings, LastChangeAt = snapshot.AsOf };
        foreach (var a in snapshot.Aircraft)
        {
            projection._aircraft[a.Id] = a;
        }

        foreach (var f in snapshot.Facilities)
        {
            projection._facilities[f.Id] = f;
        }

        foreach (var i in snapshot.Incidents)
        {
            projection._incidents[i.Id] = i;
        }

        foreach (var z in snapshot.Airspace)
        {
            projection._airspace[z.Id] = z;
        }

        foreach (var s in snapshot.LandingSites)
        {
            projection._landingSites[s.Id] = s;
        }

        return projection;
    }

    public void Apply(OpsChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change)
        {
            case AircraftMoved moved:
                Move(moved.AircraftId, moved.Position, moved.EnduranceRemainingMinutes);
                break;
            case AircraftChanged changed:
                var incoming = changed.Aircraft;
                if (_aircraft.TryGetValue(incoming.Id, out var known) && IsNewer(known.Position, incoming.Position))
                {
                    incoming = incoming with { Position = known.Position, EnduranceRemainingMinutes = known.EnduranceRemainingMinutes };
                }

                _aircraft[incoming.Id] = incoming;
                break;
            case FacilityChanged facility:
                _facilities[facility.Facility.Id] = facility.Facility;
                break;
            case IncidentCreated created:
                _incidents[created.Incident.Id] = created.Incident;
                break;
            case IncidentUpdated updated:
                _incidents[updated.Incident.Id] = updated.Incident;
                break;
            case ReplanFlagged flagged when _incidents.TryGetValue(flagged.IncidentId, out var incident):
                _incidents[flagged.IncidentId] = incident with { ReplanFlagged = true };
                break;
            case AirspaceZoneChanged zone:
                _airspace[zone.Zone.Id] = zone.Zone;
                break;
            case AirspaceZoneRemoved removed:
                _airspace.Remove(removed.ZoneId);
                break;
            case LandingSiteChanged site:
                _landingSites[site.Site.Id] = site.Site;
                break;
            case MissionSettingsChanged settings:
                Settings = settings.Settings;
                break;
            default:
                // Options updates and future kinds do not change what the picture shows.
                break;
        }

        Sequence = Math.Max(Sequence, change.Sequence);
        if (LastChangeAt is null || change.At > LastChangeAt)
        {
            LastChangeAt = change.At;
        }
    }

    /// <summary>A position from the position log (replay) or a tracker (live); ignored when older than the one held.</summary>
    public void Move(string aircraftId, AircraftPosition position, double? enduranceRemainingMinutes = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (_aircraft.TryGetValue(aircraftId, out var aircraft) && !IsNewer(aircraft.Position, position))
        {
            _aircraft[aircraftId] = aircraft with
            {
                Position = position,
                EnduranceRemainingMinutes = enduranceRemainingMinutes ?? aircraft.EnduranceRemainingMinutes,
            };
        }
    }

    public IEnumerable<string> AircraftIds => _aircraft.Keys;

    public AircraftSnapshot? FindAircraft(string id) => _aircraft.GetValueOrDefault(id);

    public FacilitySnapshot? FindFacility(string id) => _facilities.GetValueOrDefault(id);

    public IncidentSummary? FindIncident(string id) => _incidents.GetValueOrDefault(id);

    /// <summary>The picture as it stands after the newest change folded in.</summary>
    public PictureSnapshot ToSnapshot(DateTimeOffset asOf, string epoch) => ToSnapshot(asOf, epoch, Sequence);

    /// <summary>
    /// The picture now, in a deterministic order so that equal pictures serialise identically: incidents by injury time
    /// (then id), everything else by id. <paramref name="sequence"/> is the holder's (the live grain stamps changes after
    /// folding them).
    /// </summary>
    public PictureSnapshot ToSnapshot(DateTimeOffset asOf, string epoch, long sequence) => new(
        asOf,
        epoch,
        sequence,
        [.. _aircraft.Values.OrderBy(a => a.Id, StringComparer.Ordinal)],
        [.. _facilities.Values.OrderBy(f => f.Id, StringComparer.Ordinal)],
        [.. _incidents.Values.OrderBy(i => i.InjuredAt).ThenBy(i => i.Id, StringComparer.Ordinal)],
        [.. _airspace.Values.OrderBy(z => z.Id, StringComparer.Ordinal)],
        [.. _landingSites.Values.OrderBy(s => s.Id, StringComparer.Ordinal)],
        Settings);

    private static bool IsNewer(AircraftPosition? held, AircraftPosition? incoming) =>
        held is not null && (incoming is null || held.ReportedAt > incoming.ReportedAt);
}

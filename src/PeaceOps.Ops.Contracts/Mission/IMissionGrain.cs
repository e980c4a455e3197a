using Orleans.Concurrency;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// The mission (singleton: key <see cref="Key"/>), event-sourced in stream "mission-{key}". It also keeps the registry of
/// aircraft, facilities and incidents: at a mission's scale (tens of aircraft, a handful of facilities, hundreds of incidents)
/// one grain holds it easily, and the picture grain, not this one, serves the frequent reads.
/// </summary>
[Alias("peaceops.IMissionGrain")]
public interface IMissionGrain : IGrainWithStringKey
{
    const string Key = "mission";

    /// <summary>Interleaves with commands in flight (reads only), so that the picture grain can rebuild while this grain waits on it.</summary>
    [Alias("GetSnapshot")]
    [AlwaysInterleave]
    Task<MissionSnapshot> GetSnapshot();

    /// <summary>Adds or replaces a zone. An empty id gets one derived from the idempotency key. Re-plans open incidents whose route crosses it.</summary>
    [Alias("AddZone")]
    Task<AirspaceZoneDto> AddZone(AirspaceZoneDto zone, CommandContext context);

    /// <summary>Unknown id → <see cref="EntityNotFoundException"/>.</summary>
    [Alias("RemoveZone")]
    Task RemoveZone(string zoneId, CommandContext context);

    [Alias("SetLandingSite")]
    Task<LandingSiteDto> SetLandingSite(LandingSiteDto site, CommandContext context);

    [Alias("UpdateSettings")]
    Task<MissionSettingsDto> UpdateSettings(MissionSettingsDto settings, CommandContext context);

    /// <summary>Called by an aircraft grain when it is first registered.</summary>
    [Alias("EnlistAircraft")]
    Task EnlistAircraft(string aircraftId);

    /// <summary>Called by a facility grain when it is first registered.</summary>
    [Alias("EnlistFacility")]
    Task EnlistFacility(string facilityId);

    /// <summary>
    /// Called by an incident grain after every recorded change. One-way: the incident never waits for it. The index is
    /// kept in memory and derived from the incidents' own streams (rebuilt on activation, caught up from the log before
    /// it is read), so a lost notification only delays it and an older or repeated one is ignored by version.
    /// </summary>
    [Alias("TrackIncident")]
    [OneWay]
    Task TrackIncident(IncidentIndexEntry entry);

    /// <summary>Called by a facility grain after a status change: flags re-planning of open incidents heading to a facility that stopped accepting.</summary>
    [Alias("FacilityStatusChanged")]
    Task FacilityStatusChanged(FacilitySnapshot facility, CommandContext context);
}

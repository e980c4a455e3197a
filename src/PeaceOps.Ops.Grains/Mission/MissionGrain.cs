using PeaceOps.Ops.Contracts.Events;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Mission.Events;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Grains.EventSourcing;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Grains.Mission;

/// <summary>
/// The mission, event-sourced in stream "mission-{key}": airspace, landing sites, settings and the registry of aircraft
/// and facilities. Its index of incidents is not in its stream: it is derived from the incidents' own streams
/// (<see cref="IncidentIndex"/>), so an incident command never waits for a mission write. When a zone appears across a
/// chosen route, or a facility stops accepting, the open incidents concerned are flagged for re-planning (one-way calls:
/// neither side waits on the other).
/// </summary>
[LogConsistencyProvider(ProviderName = GrainsRegistration.LogConsistencyProvider)]
public sealed class MissionGrain(IEventStore events, TimeProvider time, ILogger<MissionGrain> logger)
    : EventSourcedGrain<MissionState, MissionEvent>(events, time), IMissionGrain
{
    private static readonly IncidentStatus[] Flying =
    [
        IncidentStatus.Tasked, IncidentStatus.Launched, IncidentStatus.AtPickup, IncidentStatus.PatientsOnBoard, IncidentStatus.Diverted,
    ];

    private readonly IncidentIndex _incidents = new(events);

    protected override string StreamId => StreamIds.Mission(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        await _incidents.CatchUp(cancellationToken);
    }

    public async Task<MissionSnapshot> GetSnapshot()
    {
        await _incidents.CatchUp();
        return State.ToSnapshot(_incidents.Entries);
    }

    public async Task<AirspaceZoneDto> AddZone(AirspaceZoneDto zone, CommandContext context)
    {
        Validation.RequireContext(context);
        ZoneValidator.Validate(zone);
        var id = string.IsNullOrWhiteSpace(zone.Id) ? DerivedId("zone", context.IdempotencyKey) : zone.Id;
        if (State.ProcessedKeys.Contains(context.IdempotencyKey))
        {
            return State.Zones.TryGetValue(id, out var existing) ? existing : zone with { Id = id };
        }

        var stored = zone with { Id = id };
        if (!await TryCommit(Stamp(new AirspaceZoneSet(stored), context)))
        {
            return await AddZone(zone, context);
        }

        await Publish(new AirspaceZoneChanged(stored));
        foreach (var entry in (await OpenTaskedIncidents()).Where(i => stored.IsActiveAt(Time.GetUtcNow()) && RouteCrossing.Crosses(i.Route, stored)))
        {
            await FlagReplan(entry, $"{stored.Kind} airspace zone '{stored.Name}' now crosses the chosen route.", "airspace", context);
        }

        return stored;
    }

    public async Task RemoveZone(string zoneId, CommandContext context)
    {
        Validation.RequireContext(context);
        if (State.ProcessedKeys.Contains(context.IdempotencyKey))
        {
            return;
        }

        if (zoneId is null || !State.Zones.ContainsKey(zoneId))
        {
            throw new EntityNotFoundException("airspace zone", zoneId ?? "");
        }

        if (await TryCommit(Stamp(new AirspaceZoneDeleted(zoneId), context)))
        {
            await Publish(new AirspaceZoneRemoved(zoneId));
        }
    }

    public async Task<LandingSiteDto> SetLandingSite(LandingSiteDto site, CommandContext context)
    {
        Validation.RequireContext(context);
        Validation.Require(site is not null, "site", "The landing site is required.");
        Validation.RequireText(site!.Id, "id");
        Validation.RequireText(site.Name, "name");
        Validation.Require(site.Position is not null, "position", "The position is required.");
        Validation.RequireLatLon(site.Position!.Lat, site.Position.Lon, "position.");
        if (State.LandingSites.TryGetValue(site.Id, out var existing) && existing == site)
        {
            return existing;
        }

        if (State.ProcessedKeys.Contains(context.IdempotencyKey) || !await TryCommit(Stamp(new LandingSiteSet(site), context)))
        {
            return State.LandingSites.TryGetValue(site.Id, out var current) ? current : site;
        }

        await Publish(new LandingSiteChanged(site));
        return site;
    }

    public async Task<MissionSettingsDto> UpdateSettings(MissionSettingsDto settings, CommandContext context)
    {
        Validation.RequireContext(context);
        Validation.Require(settings is not null, "settings", "The settings are required.");
        Validation.Require(double.IsFinite(settings!.NightSunElevationDeg) && settings.NightSunElevationDeg is >= -18 and <= 0, "nightSunElevationDeg", "The night threshold must be between -18 and 0 degrees.");
        Validation.Require(double.IsFinite(settings.ZoneMarginKm) && settings.ZoneMarginKm is >= 0 and <= 50, "zoneMarginKm", "The zone margin must be between 0 and 50 km.");
        Validation.Require(double.IsFinite(settings.CruiseAltitudeFt) && settings.CruiseAltitudeFt >= 0, "cruiseAltitudeFt", "The cruise altitude must be zero or more feet.");
        Validation.Require(settings.GroundTimeAtPickupMinutes >= 0 && settings.GroundTimeAtFacilityMinutes >= 0 && settings.EnduranceReserveMinutes >= 0, "enduranceReserveMinutes", "Times must be zero or more minutes.");
        if (State.Settings == settings || State.ProcessedKeys.Contains(context.IdempotencyKey))
        {
            return State.Settings;
        }

        if (await TryCommit(Stamp(new MissionSettingsUpdated(settings), context)))
        {
            await Publish(new MissionSettingsChanged(settings));
        }

        return State.Settings;
    }

    public async Task EnlistAircraft(string aircraftId)
    {
        if (!State.AircraftIds.Contains(aircraftId))
        {
            await TryCommit(Stamp(new AircraftEnlisted(aircraftId), CommandContext.System($"enlist-aircraft:{aircraftId}")));
        }
    }

    public async Task EnlistFacility(string facilityId)
    {
        if (!State.FacilityIds.Contains(facilityId))
        {
            await TryCommit(Stamp(new FacilityEnlisted(facilityId), CommandContext.System($"enlist-facility:{facilityId}")));
        }
    }

    public Task TrackIncident(IncidentIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _incidents.Apply(entry);
        return Task.CompletedTask;
    }

    public async Task FacilityStatusChanged(FacilitySnapshot facility, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(context);
        if (facility.Status is not (FacilityStatus.Diverting or FacilityStatus.Closed))
        {
            return;
        }

        foreach (var entry in (await OpenTaskedIncidents()).Where(i => i.Incident.FacilityId == facility.Id))
        {
            await FlagReplan(entry, $"Facility {facility.Profile.Name} is {facility.Status}" + (facility.Note is null ? "." : $": {facility.Note}"), "facility", context);
        }
    }

    // Caught up from the log first: a re-plan decision must not miss an incident whose notification was lost.
    private async Task<IncidentIndexEntry[]> OpenTaskedIncidents()
    {
        await _incidents.CatchUp();
        return _incidents.Entries.Where(i => Flying.Contains(i.Incident.Status)).ToArray();
    }

    private Task FlagReplan(IncidentIndexEntry entry, string reason, string cause, CommandContext context) =>
        GrainFactory.GetGrain<IIncidentGrain>(entry.IncidentId).FlagReplan(
            reason, cause, context with { IdempotencyKey = $"{context.IdempotencyKey}:replan:{entry.IncidentId}" });

    private static string DerivedId(string prefix, string key) =>
        $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6))}";

    private async Task Publish(OpsChange change)
    {
        try
        {
            await GrainFactory.GetGrain<IPictureGrain>(IPictureGrain.Key).Publish(new[] { change with { At = Time.GetUtcNow() } });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Mission: a change was not published");
        }
    }
}

using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using ContractAircraftStatus = PeaceOps.Ops.Contracts.Aircraft.AircraftStatus;
using ContractFacilityLevel = PeaceOps.Ops.Contracts.Facilities.FacilityLevel;
using ContractFacilityStatus = PeaceOps.Ops.Contracts.Facilities.FacilityStatus;
using ContractSeverity = PeaceOps.Ops.Contracts.Tasking.ViolationSeverity;
using PlanningAircraftStatus = PeaceOps.Ops.Planning.Fleet.AircraftStatus;
using PlanningFacilityLevel = PeaceOps.Ops.Planning.Medical.FacilityLevel;
using PlanningFacilityStatus = PeaceOps.Ops.Planning.Medical.FacilityStatus;
using PlanningSeverity = PeaceOps.Ops.Planning.Tasking.ViolationSeverity;

namespace PeaceOps.Ops.Grains.Tasking;

/// <summary>Between the wire types (contracts) and the tasking engine's model: the only place that knows both.</summary>
public static class PlanningMapper
{
    public static GeoPosition ToPosition(GeoPoint point) => new(point.Lat, point.Lon);

    public static GeoPoint ToPoint(GeoPosition position) => new(position.Latitude, position.Longitude);

    public static Planning.Fleet.AircraftSnapshot ToPlanning(Contracts.Aircraft.AircraftSnapshot aircraft)
    {
        ArgumentNullException.ThrowIfNull(aircraft);
        var p = aircraft.Profile;
        var position = aircraft.Position is { } pos ? new GeoPosition(pos.Lat, pos.Lon) : ToPosition(p.BasePosition);
        return new Planning.Fleet.AircraftSnapshot(
            p.Id,
            p.Callsign,
            new Planning.Fleet.AircraftProfile(p.Type, p.CruiseSpeedKmh, TimeSpan.FromMinutes(p.EnduranceMinutes), p.Litters, p.Seats, p.Hoist, p.NvgCapable, p.FixedWing),
            p.CrewNvgCurrent,
            new AircraftReadiness(TimeSpan.FromMinutes(p.NoticeToMoveDayMinutes), TimeSpan.FromMinutes(p.NoticeToMoveNightMinutes)),
            ToPlanning(aircraft.Status),
            position,
            TimeSpan.FromMinutes(Math.Max(0, aircraft.EnduranceRemainingMinutes)),
            p.BaseId,
            p.AmetOnBoard);
    }

    // Returning aircraft may be re-tasked from where they are; unserviceable ones are in maintenance for the engine.
    public static PlanningAircraftStatus ToPlanning(ContractAircraftStatus status) => status switch
    {
        ContractAircraftStatus.Available or ContractAircraftStatus.Returning => PlanningAircraftStatus.Available,
        ContractAircraftStatus.Tasked => PlanningAircraftStatus.Tasked,
        ContractAircraftStatus.OnMission => PlanningAircraftStatus.Airborne,
        ContractAircraftStatus.CrewRest => PlanningAircraftStatus.CrewRest,
        _ => PlanningAircraftStatus.Maintenance,
    };

    public static MedicalFacility ToPlanning(FacilitySnapshot facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var p = facility.Profile;
        var capabilities = FacilityCapabilities.Resuscitation
            | (p.Surgery || p.Level >= ContractFacilityLevel.LevelII ? FacilityCapabilities.Surgery : FacilityCapabilities.None)
            | (p.IntensiveCare || p.Level >= ContractFacilityLevel.LevelII ? FacilityCapabilities.IntensiveCare : FacilityCapabilities.None);
        return new MedicalFacility(
            p.Id,
            p.Name,
            p.Level switch
            {
                ContractFacilityLevel.LevelI => PlanningFacilityLevel.LevelI,
                ContractFacilityLevel.LevelIPlus => PlanningFacilityLevel.LevelIPlus,
                ContractFacilityLevel.LevelII => PlanningFacilityLevel.LevelII,
                _ => PlanningFacilityLevel.LevelIII,
            },
            capabilities,
            facility.Status switch
            {
                ContractFacilityStatus.Open => PlanningFacilityStatus.Open,
                ContractFacilityStatus.Limited => PlanningFacilityStatus.Limited,
                ContractFacilityStatus.Diverting => PlanningFacilityStatus.Diverting,
                _ => PlanningFacilityStatus.Closed,
            },
            facility.AvailableBeds,
            facility.AvailableOperatingTables,
            p.HelipadNightCapable,
            ToPosition(p.Position));
    }

    public static AirspaceZone ToPlanning(AirspaceZoneDto zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var boundary = zone.Rings.Count == 0 ? Array.Empty<GeoPosition>() : zone.Rings[0].Select(ToPosition).ToArray();
        var windows = zone.ActiveFrom is null && zone.ActiveTo is null
            ? Array.Empty<ActiveWindow>()
            : [new ActiveWindow(zone.ActiveFrom ?? DateTimeOffset.MinValue, zone.ActiveTo ?? DateTimeOffset.MaxValue)];
        var clearance = zone.ClearanceLeadTimeHours is null && !zone.CasevacFastTrack && zone.ClearedUntil is null
            ? null
            : new ClearanceRule(zone.ClearanceLeadTimeHours ?? 0, zone.CasevacFastTrack, zone.ClearedUntil);
        return new AirspaceZone(
            zone.Id,
            zone.Name,
            zone.Kind switch
            {
                AirspaceKind.Prohibited => AirspaceZoneKind.Prohibited,
                AirspaceKind.Restricted => AirspaceZoneKind.Restricted,
                AirspaceKind.Danger => AirspaceZoneKind.Danger,
                _ => AirspaceZoneKind.Threat,
            },
            boundary,
            zone.FloorFt,
            zone.CeilingFt,
            windows,
            clearance);
    }

    public static LandingSite ToPlanning(LandingSiteDto site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new LandingSite(
            site.Id,
            site.Name,
            ToPosition(site.Position),
            site.Kind switch
            {
                Contracts.Mission.LandingSiteKind.Base => Planning.Airspace.LandingSiteKind.Base,
                Contracts.Mission.LandingSiteKind.FacilityHelipad => Planning.Airspace.LandingSiteKind.FacilityHelipad,
                Contracts.Mission.LandingSiteKind.Airfield => Planning.Airspace.LandingSiteKind.Airfield,
                _ => Planning.Airspace.LandingSiteKind.HelicopterLandingSite,
            },
            site.NightCapable,
            site.FixedWingCapable);
    }

    public static MissionSettings ToPlanning(MissionSettingsDto s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new MissionSettings(
            s.NightFlightAuthorized, s.NightSunElevationDeg, s.ZoneMarginKm, s.DangerAndThreatZonesBlock, s.CruiseAltitudeFt,
            s.GroundTimeAtPickupMinutes, s.GroundTimeAtFacilityMinutes, s.EnduranceReserveMinutes);
    }

    public static TaskingOptionDto ToDto(TaskingOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new TaskingOptionDto(
            option.Rank,
            option.AircraftId,
            option.FacilityId,
            option.Feasible,
            option.PickupEta,
            option.FacilityEta,
            option.MeetsResuscitation,
            option.MeetsSurgery,
            option.Route.Select(ToPoint).ToArray(),
            option.Legs.Select(l => new RouteLegDto(
                new NamedPoint(l.From.Position.Latitude, l.From.Position.Longitude, l.From.Name),
                new NamedPoint(l.To.Position.Latitude, l.To.Position.Longitude, l.To.Name),
                l.DepartAt,
                l.ArriveAt,
                l.Night)).ToArray(),
            option.Violations.Select(v => new ViolationDto(
                v.Code, v.Severity == PlanningSeverity.Blocking ? ContractSeverity.Blocking : ContractSeverity.Warning, v.Message)).ToArray(),
            option.Callsign,
            option.FacilityName,
            option.LaunchAt,
            option.ResuscitationAt,
            option.SurgeryAt);
    }
}

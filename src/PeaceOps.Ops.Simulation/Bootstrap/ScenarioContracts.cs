using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Bootstrap;

/// <summary>The scenario's items as the grains take them. One-to-one, no judgement: the loader has validated.</summary>
public static class ScenarioContracts
{
    public static MissionSettingsDto Settings(MissionSettingsDefinition settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MissionSettingsDto(settings.NightFlightAuthorized, settings.NightSunElevationDeg, settings.ZoneMarginKm);
    }

    public static AircraftProfile Aircraft(Scenario scenario, AircraftDefinition aircraft)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(aircraft);
        var type = scenario.TypeOf(aircraft);
        return new AircraftProfile(
            aircraft.Id,
            aircraft.Callsign,
            type.Id,
            aircraft.BaseId,
            Point(scenario.BaseOf(aircraft).Position),
            aircraft.NvgAirframe,
            aircraft.CrewNvgCurrent,
            type.CruiseSpeedKmh,
            type.EnduranceHours * 60,
            type.Litters,
            type.Seats,
            type.Hoist,
            aircraft.ReadinessDay.TotalMinutes,
            aircraft.ReadinessNight.TotalMinutes,
            aircraft.Amet,
            type.Category == AircraftCategory.FixedWing);
    }

    public static FacilityProfile Facility(FacilityDefinition facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        return new FacilityProfile(
            facility.Id,
            facility.Name,
            facility.Level switch
            {
                "I" => FacilityLevel.LevelI,
                "I+" => FacilityLevel.LevelIPlus,
                "II" => FacilityLevel.LevelII,
                _ => FacilityLevel.LevelIII,
            },
            Point(facility.Position),
            facility.Capabilities.Contains("surgery") || facility.Level is "II" or "III",
            facility.HelipadNightCapable,
            facility.Beds,
            facility.OperatingTables,
            facility.Capabilities.Contains("icu"));
    }

    public static LandingSiteDto LandingSite(LandingSiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var kind = site.Kind switch
        {
            "base" => LandingSiteKind.Base,
            "airfield" => LandingSiteKind.Airfield,
            "helipad" => LandingSiteKind.FacilityHelipad,
            _ => LandingSiteKind.HelicopterLandingSite,
        };
        return new LandingSiteDto(site.Id, site.Name, Point(site.Position), site.NightCapable, kind, site.FixedWingCapable);
    }

    public static AirspaceZoneDto Zone(AirspaceZoneDefinition zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var kind = zone.Kind switch
        {
            "prohibited" => AirspaceKind.Prohibited,
            "restricted" => AirspaceKind.Restricted,
            "danger" => AirspaceKind.Danger,
            _ => AirspaceKind.Threat,
        };
        return new AirspaceZoneDto(zone.Id, zone.Name, kind, [zone.Ring.Select(Point).ToArray()], zone.FloorFt, zone.CeilingFt, zone.ActiveFrom, zone.ActiveTo, zone.ClearanceLeadTimeHours);
    }

    public static GeoPoint Point(GeoPosition position) => new(position.Latitude, position.Longitude);
}

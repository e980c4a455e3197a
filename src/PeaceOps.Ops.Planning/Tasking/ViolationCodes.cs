namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Stable codes: screens, logs and after-action reports quote them, so never rename one.</summary>
public static class ViolationCodes
{
    public const string AircraftTasked = "AIRCRAFT_TASKED";
    public const string AircraftInMaintenance = "AIRCRAFT_MAINTENANCE";
    public const string CrewRest = "CREW_REST";
    public const string NightNotAuthorised = "NIGHT_NOT_AUTHORISED";
    public const string NoNvgAirframe = "NO_NVG_AIRFRAME";
    public const string NoNvgCrew = "NO_NVG_CREW";
    public const string LandingSiteNotNightCapable = "LANDING_SITE_NOT_NIGHT_CAPABLE";
    public const string NightReturn = "NIGHT_RETURN";
    public const string ZoneProhibited = "ZONE_PROHIBITED";
    public const string ZoneRestrictedNoClearance = "ZONE_RESTRICTED_NO_CLEARANCE";
    public const string ZoneRestrictedFastTrack = "ZONE_RESTRICTED_FAST_TRACK";
    public const string ZoneDanger = "ZONE_DANGER";
    public const string ZoneThreat = "ZONE_THREAT";
    public const string PickupInProhibitedZone = "PICKUP_IN_PROHIBITED_ZONE";
    public const string NoRoute = "NO_ROUTE";
    public const string EnduranceOutbound = "ENDURANCE_OUTBOUND";
    public const string EnduranceReturn = "ENDURANCE_RETURN";
    public const string LitterCapacity = "LITTER_CAPACITY";
    public const string SeatCapacity = "SEAT_CAPACITY";
    public const string HoistRequired = "HOIST_REQUIRED";
    public const string EquipmentToConfirm = "EQUIPMENT_TO_CONFIRM";
    public const string SecurityEscort = "SECURITY_ESCORT";
    public const string SecurityEnemyInArea = "SECURITY_ENEMY_IN_AREA";
    public const string FacilityClosed = "FACILITY_CLOSED";
    public const string FacilityDiverting = "FACILITY_DIVERTING";
    public const string FacilityLimited = "FACILITY_LIMITED";
    public const string FacilityNoBeds = "FACILITY_NO_BEDS";
    public const string FacilityNoOperatingTable = "FACILITY_NO_OPERATING_TABLE";
    public const string NoSurgeryCapability = "NO_SURGERY_CAPABILITY";
    public const string NoResuscitationCapability = "NO_RESUSCITATION_CAPABILITY";
    public const string FixedWingPickupNotAirfield = "FIXED_WING_PICKUP_NOT_AIRFIELD";
    public const string FixedWingFacilityNoAirfield = "FIXED_WING_FACILITY_NO_AIRFIELD";
    public const string FixedWingRoadTransfer = "FIXED_WING_ROAD_TRANSFER";
    public const string FixedWingNoReturnAirfield = "FIXED_WING_NO_RETURN_AIRFIELD";
}

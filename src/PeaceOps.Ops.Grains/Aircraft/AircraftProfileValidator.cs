using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Grains.Aircraft;

internal static class AircraftProfileValidator
{
    public static void Validate(AircraftProfile? profile, string key)
    {
        Validation.Require(profile is not null, "profile", "The aircraft profile is required.");
        Validation.Require(profile!.Id == key, "id", $"The profile's id '{profile.Id}' is not this aircraft's id '{key}'.");
        Validation.RequireText(profile.Callsign, "callsign", 64);
        Validation.RequireText(profile.Type, "type", 64);
        Validation.Require(profile.BasePosition is not null, "basePosition", "The base position is required.");
        Validation.RequireLatLon(profile.BasePosition!.Lat, profile.BasePosition.Lon, "basePosition.");
        Validation.Require(double.IsFinite(profile.CruiseSpeedKmh) && profile.CruiseSpeedKmh > 0, "cruiseSpeedKmh", "Cruise speed must be positive.");
        Validation.Require(double.IsFinite(profile.EnduranceMinutes) && profile.EnduranceMinutes > 0, "enduranceMinutes", "Endurance must be positive.");
        Validation.Require(profile.Litters >= 0 && profile.Seats >= 0, "litters", "Capacities cannot be negative.");
        Validation.Require(profile.NoticeToMoveDayMinutes >= 0 && profile.NoticeToMoveNightMinutes >= 0, "noticeToMoveDayMinutes", "Notice to move cannot be negative.");
    }
}

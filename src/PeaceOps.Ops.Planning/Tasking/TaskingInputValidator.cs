using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Checks everything the engine is given before any geometry or arithmetic runs on it.</summary>
public static class TaskingInputValidator
{
    public static IReadOnlyList<InputError> Validate(TaskingRequest request, TaskingSituation situation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(situation);
        var errors = new List<InputError>();
        ValidateRequest(request, errors);
        ValidateSettings(situation.Settings, errors);
        ValidateZones(situation.Zones, errors);
        ValidateAircraft(situation, errors);
        ValidateFacilities(situation, errors);
        ValidateLandingSites(situation, errors);
        return errors;
    }

    public static IReadOnlyList<InputError> ValidateZones(IReadOnlyList<AirspaceZone>? zones)
    {
        var errors = new List<InputError>();
        ValidateZones(zones, errors);
        return errors;
    }

    private static void ValidateRequest(TaskingRequest request, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.IncidentId))
        {
            errors.Add(new("request.incidentId", "The incident id is required."));
        }

        var p = request.Precedence;
        if (p is null)
        {
            errors.Add(new("request.precedence", "Patients by precedence (line 3) are required."));
        }
        else if (p.Urgent < 0 || p.UrgentSurgical < 0 || p.Priority < 0 || p.Routine < 0 || p.Convenience < 0)
        {
            errors.Add(new("request.precedence", "Patient counts cannot be negative."));
        }

        if (request.LitterPatients < 0)
        {
            errors.Add(new("request.litterPatients", "The number of litter patients cannot be negative."));
        }

        if (request.AmbulatoryPatients < 0)
        {
            errors.Add(new("request.ambulatoryPatients", "The number of ambulatory patients cannot be negative."));
        }

        if (request.LitterPatients + request.AmbulatoryPatients == 0 && (p is null || p.Total == 0))
        {
            errors.Add(new("request.litterPatients", "The request names no patient."));
        }

        if (request.InjuredAt is { } injured && injured > request.ReportedAt)
        {
            errors.Add(new("request.injuredAt", "The injury time is after the report time."));
        }
    }

    private static void ValidateSettings(MissionSettings? settings, List<InputError> errors)
    {
        if (settings is null)
        {
            errors.Add(new("settings", "Mission settings are required."));
            return;
        }

        if (!double.IsFinite(settings.NightSunElevationDeg) || settings.NightSunElevationDeg is < -18 or > 0)
        {
            errors.Add(new("settings.nightSunElevationDeg", "The night threshold must be between -18 and 0 degrees."));
        }

        if (!double.IsFinite(settings.ZoneMarginKm) || settings.ZoneMarginKm is < 0 or > 50)
        {
            errors.Add(new("settings.zoneMarginKm", "The zone margin must be between 0 and 50 km."));
        }

        CheckNonNegative(settings.GroundTimeAtPickupMinutes, "settings.groundTimeAtPickupMinutes", errors);
        CheckNonNegative(settings.GroundTimeAtFacilityMinutes, "settings.groundTimeAtFacilityMinutes", errors);
        CheckNonNegative(settings.EnduranceReserveMinutes, "settings.enduranceReserveMinutes", errors);
        if (!double.IsFinite(settings.CruiseAltitudeFt))
        {
            errors.Add(new("settings.cruiseAltitudeFt", "The cruise altitude must be a number."));
        }
    }

    private static void CheckNonNegative(double value, string field, List<InputError> errors)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            errors.Add(new(field, "Must be zero or more."));
        }
    }

    private static void ValidateZones(IReadOnlyList<AirspaceZone>? zones, List<InputError> errors)
    {
        if (zones is null)
        {
            errors.Add(new("zones", "The zone list is required (it may be empty)."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < zones.Count; i++)
        {
            var zone = zones[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"zones[{i}]");
            if (zone is null)
            {
                errors.Add(new(field, "A zone is missing."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(zone.Id))
            {
                errors.Add(new(field + ".id", "A zone needs an id."));
            }
            else if (!ids.Add(zone.Id))
            {
                errors.Add(new(field + ".id", $"Zone id '{zone.Id}' is used twice."));
            }

            if (!double.IsFinite(zone.FloorFt) || !double.IsFinite(zone.CeilingFt) || zone.FloorFt > zone.CeilingFt)
            {
                errors.Add(new(field + ".floorFt", $"Zone '{zone.Name}' has its floor ({zone.FloorFt} ft) above its ceiling ({zone.CeilingFt} ft)."));
            }

            if (zone.ActiveWindows is null)
            {
                errors.Add(new(field + ".activeWindows", "The list of active windows is required (empty means always active)."));
            }
            else if (zone.ActiveWindows.Any(w => w is null || w.To <= w.From))
            {
                errors.Add(new(field + ".activeWindows", $"Zone '{zone.Name}' has an active window that ends before it starts."));
            }

            if (zone.Clearance is { } rule && (!double.IsFinite(rule.LeadTimeHours) || rule.LeadTimeHours < 0))
            {
                errors.Add(new(field + ".clearance.leadTimeHours", "The clearance lead time must be zero or more hours."));
            }

            var ringError = DescribeRingProblem(zone.Boundary);
            if (ringError is not null)
            {
                errors.Add(new(field + ".boundary", $"Zone '{zone.Name}': {ringError}"));
            }
        }
    }

    /// <summary>Null when the ring is a closed, simple polygon boundary with an area.</summary>
    internal static string? DescribeRingProblem(IReadOnlyList<GeoPosition>? ring)
    {
        if (ring is null || ring.Count < 4)
        {
            return "a polygon needs at least 4 positions (3 corners and the first repeated to close it).";
        }

        if (ring[0] != ring[^1])
        {
            return "the polygon is not closed (the last position must repeat the first).";
        }

        if (ValidRingMemo.IsKnownValid(ring))
        {
            return null;
        }

        var coordinates = new Coordinate[ring.Count];
        for (var i = 0; i < ring.Count; i++)
        {
            coordinates[i] = new Coordinate(ring[i].Longitude, ring[i].Latitude);
        }

        var polygon = new GeometryFactory().CreatePolygon(coordinates);
        var validator = new IsValidOp(polygon);
        if (!validator.IsValid)
        {
            var error = validator.ValidationError;
            return string.Create(CultureInfo.InvariantCulture, $"the polygon is invalid ({error.Message} near {error.Coordinate.Y:F5},{error.Coordinate.X:F5}); a boundary must not cross itself.");
        }

        if (polygon.Area <= 0)
        {
            return "the polygon has no area.";
        }

        ValidRingMemo.RememberValid(ring);
        return null;
    }

    private static void ValidateAircraft(TaskingSituation situation, List<InputError> errors)
    {
        if (situation.Aircraft is null)
        {
            errors.Add(new("aircraft", "The aircraft list is required (it may be empty)."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < situation.Aircraft.Count; i++)
        {
            var aircraft = situation.Aircraft[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"aircraft[{i}]");
            if (aircraft is null)
            {
                errors.Add(new(field, "An aircraft is missing."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(aircraft.Id) || !ids.Add(aircraft.Id))
            {
                errors.Add(new(field + ".id", "Each aircraft needs a unique id."));
            }

            if (aircraft.Profile is null)
            {
                errors.Add(new(field + ".profile", "The aircraft profile is required."));
            }
            else
            {
                if (!double.IsFinite(aircraft.Profile.CruiseSpeedKmh) || aircraft.Profile.CruiseSpeedKmh <= 0)
                {
                    errors.Add(new(field + ".profile.cruiseSpeedKmh", $"Aircraft '{aircraft.Callsign}' has no usable cruise speed ({aircraft.Profile.CruiseSpeedKmh} km/h)."));
                }

                if (aircraft.Profile.Litters < 0 || aircraft.Profile.Seats < 0)
                {
                    errors.Add(new(field + ".profile.litters", "Litter and seat counts cannot be negative."));
                }
            }

            if (aircraft.EnduranceRemaining < TimeSpan.Zero)
            {
                errors.Add(new(field + ".enduranceRemaining", "Remaining endurance cannot be negative."));
            }

            if (aircraft.Readiness is null || aircraft.Readiness.DayNoticeToMove < TimeSpan.Zero || aircraft.Readiness.NightNoticeToMove < TimeSpan.Zero)
            {
                errors.Add(new(field + ".readiness", "Notice to move must be given and cannot be negative."));
            }
        }
    }

    private static void ValidateFacilities(TaskingSituation situation, List<InputError> errors)
    {
        if (situation.Facilities is null)
        {
            errors.Add(new("facilities", "The facility list is required (it may be empty)."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < situation.Facilities.Count; i++)
        {
            var facility = situation.Facilities[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"facilities[{i}]");
            if (facility is null || string.IsNullOrWhiteSpace(facility.Id) || !ids.Add(facility.Id))
            {
                errors.Add(new(field + ".id", "Each facility needs a unique id."));
            }
        }
    }

    private static void ValidateLandingSites(TaskingSituation situation, List<InputError> errors)
    {
        if (situation.LandingSites is null)
        {
            errors.Add(new("landingSites", "The landing site list is required (it may be empty)."));
        }

        if (situation.Clearances is null)
        {
            errors.Add(new("clearances", "The clearance list is required (it may be empty)."));
        }
    }
}

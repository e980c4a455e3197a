using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Silo.Api.Problems;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>Checks a structured 9-line and turns it into the contract's normalised <see cref="NineLine"/>.</summary>
public static class NineLineBodyReader
{
    public static NineLine? Read(NineLineBody body, FieldErrors errors)
    {
        double lat = 0, lon = 0;
        var mgrs = body.Pickup?.Mgrs;
        if (body.Pickup is null)
        {
            errors.Add("nineLine.pickup", "is required (mgrs, or lat and lon).");
        }
        else if (!string.IsNullOrWhiteSpace(mgrs))
        {
            if (Mgrs.TryParse(mgrs, out var grid, out var error))
            {
                lat = grid.SouthWestCorner.Latitude;
                lon = grid.SouthWestCorner.Longitude;
                mgrs = grid.Text;
            }
            else
            {
                errors.Add("nineLine.pickup.mgrs", error?.Message ?? "is not a valid MGRS grid.");
            }
        }
        else if (errors.InRange("nineLine.pickup.lat", body.Pickup.Lat, -90, 90) & errors.InRange("nineLine.pickup.lon", body.Pickup.Lon, -180, 180))
        {
            lat = body.Pickup.Lat!.Value;
            lon = body.Pickup.Lon!.Value;
            mgrs = Mgrs.TryFormat(new GeoPosition(lat, lon), 5, out var text, out _) ? text : "";
        }

        errors.RequireText("nineLine.callSign", body.CallSign, 64);
        if (body.RadioFrequency is { Length: > 64 })
        {
            errors.Add("nineLine.radioFrequency", "must be at most 64 characters.");
        }

        var p = body.Patients;
        if (p is null)
        {
            errors.Add("nineLine.patients", "is required (line 3: urgent, urgentSurgical, priority, routine, convenience).");
        }
        else
        {
            errors.InRange("nineLine.patients.urgent", p.Urgent, 0, 100, required: false);
            errors.InRange("nineLine.patients.urgentSurgical", p.UrgentSurgical, 0, 100, required: false);
            errors.InRange("nineLine.patients.priority", p.Priority, 0, 100, required: false);
            errors.InRange("nineLine.patients.routine", p.Routine, 0, 100, required: false);
            errors.InRange("nineLine.patients.convenience", p.Convenience, 0, 100, required: false);
        }

        errors.InRange("nineLine.litter", body.Litter, 0, 100, required: false);
        errors.InRange("nineLine.ambulatory", body.Ambulatory, 0, 100, required: false);
        errors.InRange("nineLine.escort", body.Escort, 0, 100, required: false);
        if (errors.Any)
        {
            return null;
        }

        return new NineLine(
            lat,
            lon,
            mgrs ?? "",
            body.RadioFrequency ?? "",
            body.CallSign!,
            new PatientsByPrecedence(p!.Urgent ?? 0, p.UrgentSurgical ?? 0, p.Priority ?? 0, p.Routine ?? 0, p.Convenience ?? 0),
            body.SpecialEquipment ?? [],
            body.Litter ?? 0,
            body.Ambulatory ?? 0,
            body.Security ?? "N",
            body.Marking ?? "",
            body.Nationality ?? "",
            body.Terrain ?? "",
            body.Escort ?? 0);
    }
}

using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Grains.Mission;

internal static class ZoneValidator
{
    public static void Validate(AirspaceZoneDto? zone)
    {
        Validation.Require(zone is not null, "zone", "The zone is required.");
        Validation.RequireText(zone!.Name, "name");
        Validation.Require(Enum.IsDefined(zone.Kind), "kind", "Unknown kind: use prohibited, restricted, danger or threat.");
        Validation.Require(zone.Rings is not null && zone.Rings.Count > 0 && zone.Rings[0] is not null && zone.Rings[0].Count >= 4, "geometry", "A zone needs a polygon ring of at least 4 positions.");
        foreach (var point in zone.Rings!.SelectMany(r => r))
        {
            Validation.RequireLatLon(point.Lat, point.Lon, "geometry.");
        }

        Validation.Require(double.IsFinite(zone.FloorFt) && double.IsFinite(zone.CeilingFt) && zone.FloorFt >= 0, "floorFt", "The floor must be zero or more feet.");
        Validation.Require(zone.CeilingFt > zone.FloorFt, "ceilingFt", "The ceiling must be above the floor.");
        Validation.Require(zone.ActiveFrom is null || zone.ActiveTo is null || zone.ActiveFrom < zone.ActiveTo, "activeTo", "The zone must become inactive after it becomes active.");
        Validation.Require(zone.ClearanceLeadTimeHours is null || zone.ClearanceLeadTimeHours >= 0, "clearanceLeadTimeHours", "The clearance lead time cannot be negative.");
        // The tasking engine's own checks (ring closure, self-intersection...) so that a zone it would refuse is never stored.
        var errors = TaskingInputValidator.ValidateZones(new[] { PlanningMapper.ToPlanning(zone with { Id = string.IsNullOrEmpty(zone.Id) ? "new" : zone.Id }) });
        if (errors.Count > 0)
        {
            throw new Contracts.Common.CommandRejectedException("geometry", errors[0].Message);
        }
    }
}

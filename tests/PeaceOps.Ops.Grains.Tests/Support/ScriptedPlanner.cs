using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Grains.Tasking;

namespace PeaceOps.Ops.Grains.Tests.Support;

/// <summary>
/// Options without the tasking computation (the engine has its own tests): one per available aircraft and facility, in
/// id order; a facility whose id starts with "blocked" gives options with a blocking violation.
/// </summary>
public sealed class ScriptedPlanner : IOptionPlanner
{
    public IReadOnlyList<TaskingOptionDto> Plan(string incidentId, IncidentSnapshot incident, PictureSnapshot picture, DateTimeOffset now)
    {
        var pickup = new GeoPoint(incident.NineLine.PickupLat, incident.NineLine.PickupLon);
        var options = new List<TaskingOptionDto>();
        foreach (var aircraft in picture.Aircraft.Where(a => a.Status is AircraftStatus.Available or AircraftStatus.Returning))
        {
            foreach (var facility in picture.Facilities)
            {
                var blocked = facility.Id.StartsWith("blocked", StringComparison.Ordinal);
                var violations = blocked
                    ? new[] { new ViolationDto("NIGHT_NOT_AUTHORISED", ViolationSeverity.Blocking, "Night leg without authorisation.") }
                    : Array.Empty<ViolationDto>();
                options.Add(new TaskingOptionDto(
                    options.Count + 1, aircraft.Id, facility.Id, !blocked, now.AddMinutes(20), now.AddMinutes(50), true, true,
                    new[] { aircraft.Profile.BasePosition, pickup, facility.Profile.Position },
                    Array.Empty<RouteLegDto>(), violations));
            }
        }

        return options;
    }
}

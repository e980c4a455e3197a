using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Grains.Tasking;

namespace PeaceOps.Ops.Benchmarks.Grains;

/// <summary>
/// The grain benchmarks measure commands "excluding the tasking computation" (issue 5): one feasible option, the first
/// available aircraft (id order) to the first facility, with no engine behind it. The engine has its own suite.
/// </summary>
internal sealed class OneOptionPlanner : IOptionPlanner
{
    public IReadOnlyList<TaskingOptionDto> Plan(string incidentId, IncidentSnapshot incident, PictureSnapshot picture, DateTimeOffset now)
    {
        var aircraft = picture.Aircraft.Where(a => a.Status == AircraftStatus.Available).MinBy(a => a.Id, StringComparer.Ordinal);
        var facility = picture.Facilities.MinBy(f => f.Id, StringComparer.Ordinal);
        if (aircraft is null || facility is null)
        {
            return [];
        }

        var pickup = new GeoPoint(incident.NineLine.PickupLat, incident.NineLine.PickupLon);
        return
        [
            new TaskingOptionDto(
                1, aircraft.Id, facility.Id, true, now.AddMinutes(20), now.AddMinutes(50), true, true,
                [aircraft.Profile.BasePosition, pickup, facility.Profile.Position], [], []),
        ];
    }
}

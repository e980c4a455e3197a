using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>
/// A zone of the mission's airspace. The boundary is one closed ring of WGS-84 positions (first == last);
/// plain positions rather than geometry objects so grains can hold and serialise zones.
/// </summary>
/// <param name="ActiveWindows">When the zone is active; empty means always.</param>
/// <param name="Clearance">Only meaningful for restricted zones; null means no clearance can be had.</param>
public sealed record AirspaceZone(
    string Id,
    string Name,
    AirspaceZoneKind Kind,
    IReadOnlyList<GeoPosition> Boundary,
    double FloorFt,
    double CeilingFt,
    IReadOnlyList<ActiveWindow> ActiveWindows,
    ClearanceRule? Clearance = null)
{
    public bool IsActiveAt(DateTimeOffset instant)
    {
        if (ActiveWindows.Count == 0)
        {
            return true;
        }

        // Indexed rather than foreach: the interface enumerator is boxed, and this runs for every zone on every route.
        for (var i = 0; i < ActiveWindows.Count; i++)
        {
            if (ActiveWindows[i].Contains(instant))
            {
                return true;
            }
        }

        return false;
    }
}

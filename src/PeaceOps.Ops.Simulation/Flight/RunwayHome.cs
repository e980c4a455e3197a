using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// Where a simulated aircraft goes when the option planned no way home, or when it turns home without a casualty. A
/// helicopter goes to its base. A fixed wing lands only on a runway, so it goes where the tasking engine would send it:
/// a base with a runway or an airfield, never a camp helipad.
/// </summary>
public static class RunwayHome
{
    /// <summary>A base with a runway, or an airfield: where a fixed wing may go home to (an airstrip at an HLS is no home).</summary>
    public static bool Takes(LandingSiteDto site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Kind is LandingSiteKind.Base or LandingSiteKind.Airfield && (site.FixedWingCapable || site.Kind == LandingSiteKind.Airfield);
    }

    /// <summary>
    /// Where the flight ends when the option has no leg after the facility. The engine plans no return leg for a fixed
    /// wing when it can reach no runway (FIXED_WING_NO_RETURN_AIRFIELD): it stays on the airfield it landed at.
    /// </summary>
    public static GeoPosition AfterUnplannedReturn(AircraftProfile aircraft, GeoPosition landedAt)
    {
        ArgumentNullException.ThrowIfNull(aircraft);
        return aircraft.FixedWing ? landedAt : new GeoPosition(aircraft.BasePosition.Lat, aircraft.BasePosition.Lon);
    }

    /// <summary>
    /// Fixed wing turning home from <paramref name="from"/>: its own base when that has a runway, else the nearest base
    /// with a runway or airfield. Null for a helicopter, or when the mission has no such site (it then flies to its base).
    /// </summary>
    public static LandingSiteDto? ForFixedWing(AircraftProfile aircraft, GeoPosition from, IReadOnlyList<LandingSiteDto> sites)
    {
        ArgumentNullException.ThrowIfNull(aircraft);
        ArgumentNullException.ThrowIfNull(sites);
        if (!aircraft.FixedWing)
        {
            return null;
        }

        var own = sites.FirstOrDefault(s => s.Id == aircraft.BaseId);
        return own is not null && Takes(own)
            ? own
            : sites.Where(Takes).MinBy(s => GreatCircle.DistanceMeters(from, new GeoPosition(s.Position.Lat, s.Position.Lon)));
    }
}

using System.Globalization;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>
/// A fixed-wing airframe (C-130) lands only on a runway: it can lift casualties from an airfield, never from a point
/// of injury, and it delivers them to an airfield from which a ground ambulance reaches the facility (strategic
/// evacuation, e.g. Gao airport → Bamako-Sénou → Bamako Level III).
/// </summary>
internal static class FixedWingRule
{
    /// <summary>A 9-line grid "at" an airfield: the reference point is the runway's, and a long runway and apron stretch a few kilometres.</summary>
    public const double PickupAtAirfieldKm = 3;

    /// <summary>
    /// The farthest a facility may lie from its airfield: about half an hour by ground ambulance on the roads around
    /// the mission's towns (Bamako Level III is 13 km from Sénou). Farther, the road transfer undoes the flight's speed
    /// and the casualty is better lifted by helicopter.
    /// </summary>
    public const double MaxRoadTransferKm = 30;

    public static void Check(OptionContext option, List<Violation> violations)
    {
        var profile = option.Aircraft.Profile;
        if (!profile.FixedWing)
        {
            return;
        }

        var who = $"{option.Callsign} ({profile.Type}) is fixed-wing and lands only on a runway";
        // The engine chose the runways already (the nearest to the pickup, within reach, and to the facility): only a
        // refusal searches again, to name the nearest airfield.
        if (option.PickupAirfield is null)
        {
            var (pickupField, pickupKm) = Nearest(option.Airfields, option.Request.Pickup);
            violations.Add(new(ViolationCodes.FixedWingPickupNotAirfield, ViolationSeverity.Blocking,
                $"{who}: the pickup at {option.Request.PickupName} is not at an airfield ({Nearby(pickupField, pickupKm)}). A helicopter must lift the casualty."));
        }

        // The engine plans the road transfer from the delivery airfield whenever it chose one: its straight line is the
        // airfield's distance from the facility.
        var facilityField = option.DeliveryAirfield;
        var road = option.RoadTransfer;
        var facilityKm = road is null ? double.PositiveInfinity : road.StraightLineMeters / 1000;
        if (road is null || facilityKm > MaxRoadTransferKm)
        {
            violations.Add(new(ViolationCodes.FixedWingFacilityNoAirfield, ViolationSeverity.Blocking,
                $"{who}: {option.Facility.Name} has no airfield within {Km(MaxRoadTransferKm)} by road ({Nearby(facilityField, facilityKm)})."));
        }
        else
        {
            // Not a broken rule but a task: the ETA holds only if an ambulance meets the aircraft on landing.
            violations.Add(new(ViolationCodes.FixedWingRoadTransfer, ViolationSeverity.Warning,
                $"{option.Callsign} lands at {road.From.Name} at {ZuluTime.Format(road.DepartAt)}; road transfer {road.From.Name} → {road.To.Name}, "
                + $"{Km(road.StraightLineMeters / 1000)} (~{Km(road.RoadMeters / 1000)} by road), ~{ZuluTime.Format(road.Duration)} with the handover, at the facility {ZuluTime.Format(road.ArriveAt)}: "
                + $"a ground ambulance must be waiting at {road.From.Name}."));
        }

        // The casualty is delivered either way; the aircraft is stranded until a way home is cleared or a runway reopens.
        if (facilityField is not null && option.Return is null)
        {
            violations.Add(new(ViolationCodes.FixedWingNoReturnAirfield, ViolationSeverity.Warning,
                $"{who}: from {facilityField.Name} it can reach no base with a runway and no airfield; it must stay at {facilityField.Name} until a way home is cleared."));
        }
    }

    /// <summary>The airfield nearest a point, by straight line (ties: the first in the list, which the engine sorts by id).</summary>
    public static (LandingSite? Site, double Km) Nearest(IReadOnlyList<LandingSite> airfields, GeoPosition at)
    {
        LandingSite? nearest = null;
        var nearestKm = double.PositiveInfinity;
        foreach (var site in airfields)
        {
            var km = GreatCircle.DistanceMeters(site.Position, at) / 1000;
            if (km < nearestKm)
            {
                nearest = site;
                nearestKm = km;
            }
        }

        return (nearest, nearestKm);
    }

    private static string Nearby(LandingSite? site, double km) =>
        site is null ? "the mission lists no airfield" : $"nearest airfield: {site.Name}, {Km(km)} away";

    private static string Km(double km) => km.ToString(km < 10 ? "0.#" : "0", CultureInfo.InvariantCulture) + " km";
}

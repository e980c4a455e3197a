using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>
/// Turns each leg's zone crossings into violations, judged at the time the aircraft is inside the zone. A
/// pickup inside a prohibited zone is explained once, rather than as a crossing on both legs that touch it.
/// </summary>
internal static class AirspaceRule
{
    /// <summary>The pickup and leg 1: the same for every facility an aircraft is paired with.</summary>
    public static void CheckToPickup(OptionContext option, List<Violation> violations)
    {
        foreach (var zone in option.ProhibitedAtPickup)
        {
            violations.Add(new(ViolationCodes.PickupInProhibitedZone, ViolationSeverity.Blocking,
                $"The pickup site lies inside prohibited zone {zone.Name}: no flight may land there; ask the unit to move the casualty to a site outside it."));
        }

        CheckLeg(option, option.ToPickup, violations);
    }

    public static void CheckToFacility(OptionContext option, List<Violation> violations) => CheckLeg(option, option.ToFacility, violations);

    private static void CheckLeg(OptionContext option, FlownLeg flown, List<Violation> violations)
    {
        var leg = flown.Leg;
        if (!flown.HasRoute)
        {
            violations.Add(new(ViolationCodes.NoRoute, ViolationSeverity.Blocking,
                $"No route from {leg.From.Name} to {leg.To.Name} keeps out of the prohibited zones; the times shown assume a direct flight."));
            return;
        }

        foreach (var crossing in flown.Route.Crossings)
        {
            if (crossing.Stance == ZoneStance.Prohibited && option.ProhibitedAtPickup.Any(z => z.Id == crossing.ZoneId))
            {
                continue;
            }

            if (Describe(option, leg, crossing) is { } violation)
            {
                violations.Add(violation);
            }
        }
    }

    private static Violation? Describe(OptionContext option, TaskingLeg leg, ZoneCrossing crossing)
    {
        var where = $"Leg {leg.Number} ({leg.From.Name} → {leg.To.Name}) is inside {KindName(crossing.Kind)} zone {crossing.ZoneName} from {ZuluTime.Format(crossing.EntersAt)} to {ZuluTime.Format(crossing.LeavesAt)}";
        var zone = option.Settings;
        return (crossing.Kind, crossing.Stance) switch
        {
            (_, ZoneStance.Prohibited) => new(ViolationCodes.ZoneProhibited, ViolationSeverity.Blocking, $"{where}: flight there is prohibited."),
            (AirspaceZoneKind.Restricted, ZoneStance.Blocked) => new(ViolationCodes.ZoneRestrictedNoClearance, ViolationSeverity.Blocking, $"{where} without host-state clearance, and the zone offers no CASEVAC fast-track."),
            (AirspaceZoneKind.Restricted, ZoneStance.Approval) => new(ViolationCodes.ZoneRestrictedFastTrack, ViolationSeverity.Warning, $"{where} without clearance: request the CASEVAC fast-track approval before launch."),
            (AirspaceZoneKind.Danger, _) => new(ViolationCodes.ZoneDanger, Severity(crossing), $"{where}{(zone.DangerAndThreatZonesBlock ? ": the mission forbids crossing danger areas." : ": the crew must be briefed on the hazard and the crossing approved.")}"),
            (AirspaceZoneKind.Threat, _) => new(ViolationCodes.ZoneThreat, Severity(crossing), $"{where}{(zone.DangerAndThreatZonesBlock ? ": the mission forbids crossing threat areas." : ": crossing a reported threat area needs the approval of an authorised officer.")}"),
            _ => null,
        };
    }

    private static ViolationSeverity Severity(ZoneCrossing crossing) =>
        crossing.Stance >= ZoneStance.Blocked ? ViolationSeverity.Blocking : ViolationSeverity.Warning;

    private static string KindName(AirspaceZoneKind kind) => kind switch
    {
        AirspaceZoneKind.Prohibited => "prohibited",
        AirspaceZoneKind.Restricted => "restricted",
        AirspaceZoneKind.Danger => "danger",
        _ => "threat",
    };
}

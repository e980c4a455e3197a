using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>
/// A night leg needs the host state's night-flight authorisation, an NVG-capable airframe, an NVG-current crew
/// and night-capable landing sites at both ends. The return leg is not the casualty's journey: darkness there
/// is a warning (the crew stays overnight at the facility) rather than a reason to refuse the lift.
/// </summary>
internal static class NightLegRule
{
    /// <summary>Leg 1: the same for every facility an aircraft is paired with.</summary>
    public static void CheckToPickup(OptionContext option, List<Violation> violations) =>
        CheckLeg(option, option.ToPickup.Leg, departureNightCapable: option.DepartureSite?.NightCapable ?? true, arrivalNightCapable: PickupNightCapable(option), arrivalName: option.PickupAirfield?.Name ?? option.Request.PickupName, violations);

    /// <summary>Leg 2 and the return. Fixed wing lands on the airfield nearest the facility, so its lights are what count.</summary>
    public static void CheckFromPickup(OptionContext option, List<Violation> violations)
    {
        var landing = option.DeliveryAirfield;
        CheckLeg(option, option.ToFacility.Leg, departureNightCapable: PickupNightCapable(option), arrivalNightCapable: landing?.NightCapable ?? option.Facility.HelipadNightCapable, arrivalName: landing?.Name ?? option.Facility.Name, violations);
        if (option.Return is { Leg.Night: true } home && FirstReason(option, home.Leg) is { } reason)
        {
            violations.Add(new(ViolationCodes.NightReturn, ViolationSeverity.Warning,
                $"The return to {home.Leg.To.Name} {Darkness(home.Leg, option.Settings.NightSunElevationDeg)}; {reason}: the crew must stay overnight at {home.Leg.From.Name}."));
        }
    }

    private static bool PickupNightCapable(OptionContext option) => option.PickupAirfield?.NightCapable ?? option.Request.PickupNightCapable;

    private static void CheckLeg(OptionContext option, TaskingLeg leg, bool departureNightCapable, bool arrivalNightCapable, string arrivalName, List<Violation> violations)
    {
        if (!leg.Night)
        {
            return;
        }

        var when = $"Leg {leg.Number} ({leg.From.Name} → {leg.To.Name}) {Darkness(leg, option.Settings.NightSunElevationDeg)}";
        if (!option.Settings.NightFlightAuthorized)
        {
            violations.Add(new(ViolationCodes.NightNotAuthorised, ViolationSeverity.Blocking, $"{when}; the mission has no night-flight authorisation from the host state."));
        }

        if (!option.Aircraft.Profile.NvgCapable)
        {
            violations.Add(new(ViolationCodes.NoNvgAirframe, ViolationSeverity.Blocking, $"{when}; {option.Callsign} ({option.Aircraft.Profile.Type}) is not NVG-capable."));
        }

        if (!option.Aircraft.CrewNvgCurrent)
        {
            violations.Add(new(ViolationCodes.NoNvgCrew, ViolationSeverity.Blocking, $"{when}; {option.Callsign}'s crew is not NVG-current."));
        }

        if (!departureNightCapable)
        {
            violations.Add(new(ViolationCodes.LandingSiteNotNightCapable, ViolationSeverity.Blocking, $"{when}; the departure site {leg.From.Name} is not night-capable."));
        }

        if (!arrivalNightCapable)
        {
            violations.Add(new(ViolationCodes.LandingSiteNotNightCapable, ViolationSeverity.Blocking, $"{when}; the landing site at {arrivalName} is not night-capable."));
        }
    }

    private static string? FirstReason(OptionContext option, TaskingLeg leg)
    {
        if (!option.Settings.NightFlightAuthorized)
        {
            return "the mission has no night-flight authorisation";
        }

        if (!option.Aircraft.Profile.NvgCapable)
        {
            return $"{option.Callsign} is not NVG-capable";
        }

        if (!option.Aircraft.CrewNvgCurrent)
        {
            return $"{option.Callsign}'s crew is not NVG-current";
        }

        return option.ReturnSite is { NightCapable: false } ? $"{leg.To.Name} is not night-capable" : null;
    }

    private static string Darkness(TaskingLeg leg, double threshold)
    {
        var twilight = TwilightName(threshold);
        if (leg.DarkFrom is { } dark && dark > leg.DepartAt)
        {
            return $"departs {ZuluTime.Format(leg.DepartAt)} and flies into darkness at {ZuluTime.Format(dark)} ({twilight})";
        }

        // Tropical nights last under 13 h, so the evening the leg belongs to starts in the 12 h before it.
        var windowStart = leg.DepartAt.AddHours(-12);
        var lastLight = DaylightCalculator.LastLight(leg.From.Position, windowStart, leg.DepartAt, threshold);
        return lastLight is { } last && last > windowStart
            ? $"departs {ZuluTime.Format(leg.DepartAt)} after {twilight} ({ZuluTime.Format(last)})"
            : $"departs {ZuluTime.Format(leg.DepartAt)} in darkness ({twilight})";
    }

    private static string TwilightName(double threshold) => threshold switch
    {
        SunThresholds.Civil => "end of civil twilight",
        SunThresholds.Nautical => "end of nautical twilight",
        SunThresholds.Astronomical => "end of astronomical twilight",
        _ => $"sun below {ZuluTime.Degrees(threshold)}",
    };
}

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>
/// The fuel on board must cover the flight to the pickup, the ground time with rotors running, the flight to the
/// facility, the handover and the flight back to the nearest base, with the final reserve still in the tanks.
/// </summary>
internal static class EnduranceRule
{
    public static void Check(OptionContext option, List<Violation> violations)
    {
        var settings = option.Settings;
        var reserve = TimeSpan.FromMinutes(settings.EnduranceReserveMinutes);
        var remaining = option.Aircraft.EnduranceRemaining;
        var outbound = option.ToPickup.Duration + TimeSpan.FromMinutes(settings.GroundTimeAtPickupMinutes) + option.ToFacility.Duration;
        if (outbound + reserve > remaining)
        {
            violations.Add(new(ViolationCodes.EnduranceOutbound, ViolationSeverity.Blocking,
                $"{option.Callsign} has {ZuluTime.Format(remaining)} of fuel; reaching {option.Facility.Name} via the pickup with the {ZuluTime.Format(reserve)} reserve needs {ZuluTime.Format(outbound + reserve)}."));
            return;
        }

        if (option.Return is not { } home)
        {
            return;
        }

        var total = outbound + TimeSpan.FromMinutes(settings.GroundTimeAtFacilityMinutes) + home.Duration + reserve;
        if (total > remaining)
        {
            violations.Add(new(ViolationCodes.EnduranceReturn, ViolationSeverity.Blocking,
                $"{option.Callsign} has {ZuluTime.Format(remaining)} of fuel; the flight to the pickup, {option.Facility.Name} and back to {home.Leg.To.Name} with the {ZuluTime.Format(reserve)} reserve needs {ZuluTime.Format(total)}."));
        }
    }
}

using PeaceOps.Ops.Planning.Fleet;

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>Only an available or airborne aircraft can be tasked; re-tasking needs an authorised officer.</summary>
internal static class AircraftAvailabilityRule
{
    public static void Check(OptionContext option, List<Violation> violations)
    {
        var callsign = option.Callsign;
        switch (option.Aircraft.Status)
        {
            case AircraftStatus.Tasked:
                violations.Add(new(ViolationCodes.AircraftTasked, ViolationSeverity.Blocking, $"{callsign} is already tasked; re-tasking it needs an authorised officer's approval."));
                break;
            case AircraftStatus.Maintenance:
                violations.Add(new(ViolationCodes.AircraftInMaintenance, ViolationSeverity.Blocking, $"{callsign} is in maintenance."));
                break;
            case AircraftStatus.CrewRest:
                violations.Add(new(ViolationCodes.CrewRest, ViolationSeverity.Blocking, $"{callsign}'s crew is in mandatory rest."));
                break;
            case AircraftStatus.Available:
            case AircraftStatus.Airborne:
            default:
                break;
        }
    }
}

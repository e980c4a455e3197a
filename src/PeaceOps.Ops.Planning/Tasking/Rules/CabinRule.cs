namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>Litters, seats and the special equipment of 9-line line 4 against what the airframe carries.</summary>
internal static class CabinRule
{
    public static void Check(OptionContext option, List<Violation> violations)
    {
        var request = option.Request;
        var profile = option.Aircraft.Profile;
        if (request.LitterPatients > profile.Litters)
        {
            violations.Add(new(ViolationCodes.LitterCapacity, ViolationSeverity.Blocking,
                $"{option.Callsign} ({profile.Type}) carries {profile.Litters} litters; the request has {request.LitterPatients} litter patients."));
        }

        if (request.AmbulatoryPatients > profile.Seats)
        {
            violations.Add(new(ViolationCodes.SeatCapacity, ViolationSeverity.Blocking,
                $"{option.Callsign} ({profile.Type}) has {profile.Seats} seats; the request has {request.AmbulatoryPatients} ambulatory patients."));
        }

        if (request.Equipment.HasFlag(SpecialEquipment.Hoist) && !profile.Hoist)
        {
            violations.Add(new(ViolationCodes.HoistRequired, ViolationSeverity.Blocking,
                $"The pickup needs a hoist; {option.Callsign} ({profile.Type}) has none."));
        }

        if (request.Equipment.HasFlag(SpecialEquipment.Ventilator) || request.Equipment.HasFlag(SpecialEquipment.ExtractionEquipment))
        {
            violations.Add(new(ViolationCodes.EquipmentToConfirm, ViolationSeverity.Warning,
                $"The request asks for {(request.Equipment.HasFlag(SpecialEquipment.Ventilator) ? "a ventilator" : "extraction equipment")}: confirm {option.Callsign}'s medical team carries it."));
        }
    }
}

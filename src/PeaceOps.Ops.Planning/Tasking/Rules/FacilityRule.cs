using PeaceOps.Ops.Planning.Medical;

namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>
/// The facility must be accepting and able to treat the casualties: an urgent-surgical casualty needs damage-control
/// surgery, which starts at Level II (UN Medical Support Manual), and a free operating table.
/// </summary>
internal static class FacilityRule
{
    public static void Check(OptionContext option, List<Violation> violations)
    {
        var facility = option.Facility;
        var request = option.Request;
        switch (facility.Status)
        {
            case FacilityStatus.Closed:
                violations.Add(new(ViolationCodes.FacilityClosed, ViolationSeverity.Blocking, $"{facility.Name} is closed."));
                break;
            case FacilityStatus.Diverting:
                violations.Add(new(ViolationCodes.FacilityDiverting, ViolationSeverity.Blocking, $"{facility.Name} is diverting: it accepts no patients."));
                break;
            case FacilityStatus.Limited:
                violations.Add(new(ViolationCodes.FacilityLimited, ViolationSeverity.Warning, $"{facility.Name} is accepting only some patients: the medical coordinator must confirm it takes these."));
                break;
            case FacilityStatus.Open:
            default:
                break;
        }

        var surgical = facility.Level >= FacilityLevel.LevelII && facility.Capabilities.HasFlag(FacilityCapabilities.Surgery);
        if (request.NeedsSurgery && !surgical)
        {
            violations.Add(new(ViolationCodes.NoSurgeryCapability, ViolationSeverity.Blocking,
                $"{request.Precedence.UrgentSurgical} urgent-surgical casualt{(request.Precedence.UrgentSurgical == 1 ? "y needs" : "ies need")} damage-control surgery (Level II or higher); {facility.Name} is {LevelName(facility.Level)} without surgery."));
        }
        else if (request.NeedsSurgery && facility.AvailableOperatingTables <= 0)
        {
            violations.Add(new(ViolationCodes.FacilityNoOperatingTable, ViolationSeverity.Blocking, $"{facility.Name} has no operating table free."));
        }

        if (!facility.Capabilities.HasFlag(FacilityCapabilities.Resuscitation) && request.Precedence.Urgent + request.Precedence.UrgentSurgical > 0)
        {
            violations.Add(new(ViolationCodes.NoResuscitationCapability, ViolationSeverity.Blocking, $"{facility.Name} cannot resuscitate urgent casualties."));
        }

        var patients = Math.Max(request.LitterPatients + request.AmbulatoryPatients, request.Precedence.Total);
        if (facility.AvailableBeds <= 0)
        {
            violations.Add(new(ViolationCodes.FacilityNoBeds, ViolationSeverity.Blocking, $"{facility.Name} has no bed free."));
        }
        else if (facility.AvailableBeds < patients)
        {
            violations.Add(new(ViolationCodes.FacilityNoBeds, ViolationSeverity.Warning, $"{facility.Name} has {facility.AvailableBeds} beds free for {patients} patients."));
        }
    }

    internal static string LevelName(FacilityLevel level) => level switch
    {
        FacilityLevel.LevelI => "Level I",
        FacilityLevel.LevelIPlus => "Level I+",
        FacilityLevel.LevelII => "Level II",
        _ => "Level III",
    };
}

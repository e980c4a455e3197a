using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Grains.Incidents;

/// <summary>Which lifecycle step may follow which status; everything else is a conflict that names the current status.</summary>
internal static class IncidentTransitions
{
    private static readonly Dictionary<IncidentMilestone, IncidentStatus[]> AllowedFrom = new()
    {
        [IncidentMilestone.Launched] = [IncidentStatus.Tasked],
        [IncidentMilestone.AtPickup] = [IncidentStatus.Launched],
        [IncidentMilestone.PatientsOnBoard] = [IncidentStatus.AtPickup],
        [IncidentMilestone.AtFacility] = [IncidentStatus.PatientsOnBoard, IncidentStatus.Diverted],
        [IncidentMilestone.Closed] = [IncidentStatus.AtFacility],
        // Before launch the request can be withdrawn; after launch the flight is aborted instead.
        [IncidentMilestone.Cancelled] = [IncidentStatus.Reported, IncidentStatus.OptionsProposed, IncidentStatus.Tasked, IncidentStatus.Aborted],
        [IncidentMilestone.Aborted] = [IncidentStatus.Tasked, IncidentStatus.Launched, IncidentStatus.AtPickup],
        [IncidentMilestone.Diverted] = [IncidentStatus.Launched, IncidentStatus.AtPickup, IncidentStatus.PatientsOnBoard, IncidentStatus.Diverted],
    };

    private static readonly IncidentStatus[] Approvable = [IncidentStatus.Reported, IncidentStatus.OptionsProposed, IncidentStatus.Aborted];

    public static void EnsureAllowed(IncidentMilestone milestone, IncidentStatus current, string incidentId)
    {
        if (!AllowedFrom.TryGetValue(milestone, out var from) || !from.Contains(current))
        {
            throw new CommandConflictException(
                "INVALID_TRANSITION",
                $"Incident {incidentId} is {current}: it cannot become {milestone}.",
                current.ToString());
        }
    }

    public static void EnsureApprovable(IncidentStatus current, string incidentId)
    {
        if (!Approvable.Contains(current))
        {
            throw new CommandConflictException(
                "INVALID_TRANSITION",
                $"Incident {incidentId} is {current}: only a reported, proposed or aborted incident can be tasked.",
                current.ToString());
        }
    }
}

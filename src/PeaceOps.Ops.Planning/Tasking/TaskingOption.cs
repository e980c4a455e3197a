using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// One aircraft flying to one facility, fully timed and checked. <see cref="Route"/> covers the flown part of the
/// casualty's journey (launch → pickup → facility, or the airfield nearest it for fixed wing); the return leg is in
/// <see cref="Legs"/> for the endurance check.
/// </summary>
/// <param name="ResuscitationAt">When advanced resuscitation can begin (AMET at the pickup, or arrival at a facility able to resuscitate).</param>
/// <param name="FacilityEta">The casualty's arrival at the facility: the landing there, or for fixed wing the end of <see cref="RoadTransfer"/>.</param>
/// <param name="SurgeryAt">When damage-control surgery can begin (arrival at a Level II+ with surgery), if ever on this option.</param>
/// <param name="RoadTransfer">Fixed wing only: the ground ambulance from the airfield where leg 2 lands to the facility.</param>
public sealed record TaskingOption(
    int Rank,
    string AircraftId,
    string Callsign,
    string FacilityId,
    string FacilityName,
    bool Feasible,
    DateTimeOffset LaunchAt,
    DateTimeOffset PickupEta,
    DateTimeOffset FacilityEta,
    DateTimeOffset? ResuscitationAt,
    DateTimeOffset? SurgeryAt,
    bool MeetsResuscitation,
    bool MeetsSurgery,
    IReadOnlyList<GeoPosition> Route,
    IReadOnlyList<TaskingLeg> Legs,
    IReadOnlyList<Violation> Violations,
    RoadTransfer? RoadTransfer = null)
{
    public int BlockingCount => CountOf(ViolationSeverity.Blocking);

    /// <summary>
    /// Feasible, or blocked only by what an authorised officer can override or obtain (see <see cref="PhysicalLimits"/>):
    /// the option could fly if the duty officer gave a reason or won a clearance.
    /// </summary>
    public bool WorkableWithOverrides
    {
        get
        {
            for (var i = 0; i < Violations.Count; i++)
            {
                if (Violations[i].Severity == ViolationSeverity.Blocking && PhysicalLimits.Contains(Violations[i].Code))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public int WarningCount => CountOf(ViolationSeverity.Warning);

    // Ranking 2,400 options asks these tens of thousands of times: an indexed loop, not an enumerator per call.
    private int CountOf(ViolationSeverity severity)
    {
        var count = 0;
        for (var i = 0; i < Violations.Count; i++)
        {
            if (Violations[i].Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}

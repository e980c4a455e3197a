namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// Best first: feasible before infeasible; among the infeasible, those blocked only by what an officer can override
/// (night authorisation, a clearance) before those a <see cref="PhysicalLimits">physical limit</see> rules out (a
/// fixed wing with no runway), however fast the latter would be; then the clocks met (the surgery clock leads when a casualty needs
/// surgery, otherwise resuscitation), then the earliest start of that care, then fewer blocking problems and
/// fewer warnings. Aircraft id then facility id break the remaining ties, so the order is total and repeatable.
/// </summary>
public sealed class OptionRanking(bool surgeryFirst) : IComparer<TaskingOption>
{
    public int Compare(TaskingOption? x, TaskingOption? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var c = y.Feasible.CompareTo(x.Feasible);
        if (c != 0)
        {
            return c;
        }

        if (!x.Feasible)
        {
            c = y.WorkableWithOverrides.CompareTo(x.WorkableWithOverrides);
            if (c != 0)
            {
                return c;
            }
        }

        var (xFirst, xSecond) = surgeryFirst ? (x.MeetsSurgery, x.MeetsResuscitation) : (x.MeetsResuscitation, x.MeetsSurgery);
        var (yFirst, ySecond) = surgeryFirst ? (y.MeetsSurgery, y.MeetsResuscitation) : (y.MeetsResuscitation, y.MeetsSurgery);
        c = yFirst.CompareTo(xFirst);
        if (c != 0)
        {
            return c;
        }

        c = ySecond.CompareTo(xSecond);
        if (c != 0)
        {
            return c;
        }

        c = surgeryFirst
            ? CompareTimes(x.SurgeryAt, y.SurgeryAt, x.ResuscitationAt, y.ResuscitationAt)
            : CompareTimes(x.ResuscitationAt, y.ResuscitationAt, x.SurgeryAt, y.SurgeryAt);
        if (c != 0)
        {
            return c;
        }

        c = x.FacilityEta.CompareTo(y.FacilityEta);
        if (c != 0)
        {
            return c;
        }

        c = x.BlockingCount.CompareTo(y.BlockingCount);
        if (c != 0)
        {
            return c;
        }

        c = x.WarningCount.CompareTo(y.WarningCount);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.AircraftId, y.AircraftId);
        return c != 0 ? c : string.CompareOrdinal(x.FacilityId, y.FacilityId);
    }

    private static int CompareTimes(DateTimeOffset? x1, DateTimeOffset? y1, DateTimeOffset? x2, DateTimeOffset? y2)
    {
        var c = CompareTime(x1, y1);
        return c != 0 ? c : CompareTime(x2, y2);
    }

    // Care that never starts on this option ranks after any time at all.
    private static int CompareTime(DateTimeOffset? x, DateTimeOffset? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y.Value),
    };
}

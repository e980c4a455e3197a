using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Turns an incident's history into its report. Pure: the same history, costs and moment give the same report.
/// Doctrine (AJP-4.10, UN Medical Support Manual): resuscitation starts on arrival at a facility (every level resuscitates);
/// surgery on arrival at Level II or higher. A lift that ends at a Level I has not reached surgery.
/// </summary>
public static class AfterActionReportBuilder
{
    public static AfterActionReport Build(IncidentHistory history, IReadOnlyList<ImpedimentCost> impediments, DateTimeOffset asOf, bool whatIfPending = false)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(impediments);
        var m = history.Milestones;
        var total = m.AtFacilityAt is { } arrived ? (arrived - history.InjuredAt).TotalMinutes : (double?)null;
        return new AfterActionReport(
            history.IncidentId, asOf, history.Status, history.Precedence, history.Patients, history.Pickup, history.PickupMgrs,
            history.InjuredAt, history.ReportedAt, history.ReportedBy, Phases(history), total, Clocks(history, asOf),
            history.Decision is null ? null : DecisionRecord.From(history.Decision),
            impediments.OrderByDescending(i => i.Minutes).ToList(), history.Timeline, whatIfPending);
    }

    public static IReadOnlyList<PhaseDuration> Phases(IncidentHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var m = history.Milestones;
        return
        [
            new(IncidentPhase.Report, history.InjuredAt, history.ReportedAt),
            new(IncidentPhase.Options, history.ReportedAt, m.OptionsShownAt),
            new(IncidentPhase.Approval, m.OptionsShownAt, m.TaskedAt),
            new(IncidentPhase.Launch, m.TaskedAt, m.LaunchedAt),
            new(IncidentPhase.Pickup, m.LaunchedAt, m.AtPickupAt),
            new(IncidentPhase.Handover, m.AtPickupAt, m.AtFacilityAt),
        ];
    }

    public static IReadOnlyList<ClockOutcome> Clocks(IncidentHistory history, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var arrived = history.Milestones.AtFacilityAt;
        var predicted = history.Decision?.Chosen?.FacilityEta;
        var surgical = history.DestinationLevel is >= FacilityLevel.LevelII;
        return
        [
            Judge(ClockMark.Resuscitation, history.Clocks.ResuscitationDueAt, arrived, arrived is null ? predicted : null, history, asOf),
            Judge(ClockMark.Surgery, history.Clocks.SurgeryDueAt, surgical ? arrived : null,
                arrived is null && surgical ? predicted : null, history, asOf),
        ];
    }

    private static ClockOutcome Judge(ClockMark mark, DateTimeOffset due, DateTimeOffset? reached, DateTimeOffset? predicted, IncidentHistory history, DateTimeOffset asOf)
    {
        if (reached is { } at)
        {
            var margin = (due - at).TotalMinutes;
            return new ClockOutcome(mark, due, at, at <= due ? ClockVerdict.Met : ClockVerdict.Missed, margin, null);
        }

        if (history.WasCancelled)
        {
            return new ClockOutcome(mark, due, null, ClockVerdict.NotApplicable, null, null);
        }

        return asOf > due
            ? new ClockOutcome(mark, due, null, ClockVerdict.Missed, (due - asOf).TotalMinutes, predicted)
            : new ClockOutcome(mark, due, null, ClockVerdict.Pending, null, predicted);
    }
}

using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>Adds up incident analyses into the mission report. Pure; every figure can be checked by hand from the incidents.</summary>
public static class ImpedimentReportBuilder
{
    public static ImpedimentReport Build(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf, IReadOnlyList<IncidentAnalysis> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var inPeriod = incidents.Where(i => i.History.ReportedAt >= from && i.History.ReportedAt < to).ToList();
        var judged = inPeriod.Select(i => (i.History, Clocks: AfterActionReportBuilder.Clocks(i.History, asOf))).ToList();

        var byPrecedence = Enum.GetValues<Precedence>()
            .Select(p =>
            {
                var of = judged.Where(j => j.History.Precedence == p).ToList();
                return new PrecedenceOutcome(
                    p, of.Count,
                    of.Count(j => IsJudged(j.Clocks[0])), of.Count(j => j.Clocks[0].Verdict == ClockVerdict.Met),
                    of.Count(j => IsJudged(j.Clocks[1])), of.Count(j => j.Clocks[1].Verdict == ClockVerdict.Met));
            })
            .ToList();

        var phases = Enum.GetValues<IncidentPhase>()
            .Select(phase =>
            {
                var minutes = inPeriod
                    .Select(i => AfterActionReportBuilder.Phases(i.History)[(int)phase].Minutes)
                    .OfType<double>()
                    .ToList();
                return new PhaseStatistics(phase, minutes.Count, Percentiles.Median(minutes), Percentiles.P90(minutes));
            })
            .ToList();

        var impediments = Enum.GetValues<ImpedimentClass>()
            .Select(c =>
            {
                var touched = inPeriod.Where(i => i.Costs.Any(x => x.Class == c)).ToList();
                return new ImpedimentTotal(c, touched.Count, touched.Sum(i => i.Costs.Where(x => x.Class == c).Sum(x => x.Minutes)));
            })
            .ToList();

        var zones = inPeriod
            .SelectMany(i => i.Costs.Where(c => c.ZoneId is not null).Select(c => (i.History.IncidentId, Cost: c)))
            .GroupBy(x => x.Cost.ZoneId!, StringComparer.Ordinal)
            .Select(g => new ZoneImpediment(g.Key, g.First().Cost.Description, g.Select(x => x.IncidentId).Distinct(StringComparer.Ordinal).Count(), g.Sum(x => x.Cost.Minutes)))
            .OrderByDescending(z => z.Minutes)
            .ToList();

        return new ImpedimentReport(
            from, to, asOf, inPeriod.Count,
            inPeriod.Count(i => i.History.Milestones.AtFacilityAt is not null),
            inPeriod.Count(i => i.History.WasCancelled),
            byPrecedence, phases, impediments, zones, inPeriod.Count(i => i.WhatIfPending));
    }

    private static bool IsJudged(ClockOutcome outcome) => outcome.Verdict is ClockVerdict.Met or ClockVerdict.Missed;
}

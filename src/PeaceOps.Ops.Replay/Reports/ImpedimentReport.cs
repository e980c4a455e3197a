namespace PeaceOps.Ops.Replay.Reports;

/// <summary>
/// The mission impediment report over [<see cref="From"/>, <see cref="To"/>): incidents reported in the period, how
/// many were evacuated (reached a facility), the 10-1-2 shares by precedence, time per phase, and the minutes per
/// impediment class. Marks still open at <see cref="AsOf"/> are pending, not missed. <see cref="WhatIfPending"/>: incidents
/// of the period whose what-if costs are not yet worked out (priced in the background after they close); their measured
/// figures are in, their what-if minutes are not, so the impediment minutes are a floor until this is 0.
/// </summary>
public sealed record ImpedimentReport(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset AsOf,
    int Incidents,
    int Evacuations,
    int Cancelled,
    IReadOnlyList<PrecedenceOutcome> ByPrecedence,
    IReadOnlyList<PhaseStatistics> Phases,
    IReadOnlyList<ImpedimentTotal> Impediments,
    IReadOnlyList<ZoneImpediment> Zones,
    int WhatIfPending = 0);

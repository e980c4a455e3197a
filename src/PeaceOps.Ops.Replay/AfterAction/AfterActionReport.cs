using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// The after-action report of one incident (GET /incidents/{id}/aar): phases with durations, the 10-1-2 outcome, the
/// decision with its context, and the constraints that cost time. <see cref="AsOf"/>: the moment the report describes
/// (an open incident's pending marks are judged against it). <see cref="WhatIfPending"/>: the engine's what-if costs were
/// not worked out in time for this report; <see cref="Impediments"/> then holds the measured costs only.
/// </summary>
public sealed record AfterActionReport(
    string IncidentId,
    DateTimeOffset AsOf,
    IncidentStatus Status,
    Precedence Precedence,
    int Patients,
    GeoPoint Pickup,
    string PickupMgrs,
    DateTimeOffset InjuredAt,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    IReadOnlyList<PhaseDuration> Phases,
    double? TotalMinutes,
    IReadOnlyList<ClockOutcome> Clocks,
    DecisionRecord? Decision,
    IReadOnlyList<ImpedimentCost> Impediments,
    IReadOnlyList<TimelineEntry> Timeline,
    bool WhatIfPending = false)
{
    public double ImpedimentMinutes => Impediments.Sum(i => i.Minutes);
}

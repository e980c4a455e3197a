using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>
/// One incident with the minutes each constraint cost it: the unit the mission report adds up. <paramref name="WhatIfPending"/>:
/// the engine's what-if figures are not yet worked out, so <paramref name="Costs"/> holds the measured costs only.
/// </summary>
public sealed record IncidentAnalysis(IncidentHistory History, IReadOnlyList<ImpedimentCost> Costs, bool WhatIfPending = false);

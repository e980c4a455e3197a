using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>Time spent in one phase across the period's incidents that completed it.</summary>
public sealed record PhaseStatistics(IncidentPhase Phase, int Count, double? MedianMinutes, double? P90Minutes);

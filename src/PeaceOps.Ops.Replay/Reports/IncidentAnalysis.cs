using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>One incident with the minutes each constraint cost it: the unit the mission report adds up.</summary>
public sealed record IncidentAnalysis(IncidentHistory History, IReadOnlyList<ImpedimentCost> Costs);

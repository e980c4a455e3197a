using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>The minutes one class of impediment cost the mission's casualties over the period, and how many incidents it touched.</summary>
public sealed record ImpedimentTotal(ImpedimentClass Class, int Incidents, double Minutes);

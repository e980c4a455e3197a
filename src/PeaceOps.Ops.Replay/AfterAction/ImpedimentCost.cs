namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Minutes of casualty time one constraint cost: how much later the casualty reached the facility than it would have
/// without it. <see cref="ZoneId"/> names the zone for airspace costs.
/// </summary>
public sealed record ImpedimentCost(ImpedimentClass Class, double Minutes, CostBasis Basis, string Description, string? ZoneId = null);

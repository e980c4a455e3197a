namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Minutes of casualty time one constraint cost: how much later the casualty reached the facility than it would have
/// without it. <see cref="ZoneId"/> names the zone for airspace costs. <see cref="Note"/> qualifies the figure for the
/// reviewer (e.g. a what-if priced at report time because no options were ever shown).
/// </summary>
public sealed record ImpedimentCost(ImpedimentClass Class, double Minutes, CostBasis Basis, string Description, string? ZoneId = null, string? Note = null);

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Runs the tasking engine's what-if on an incident's recorded inputs (see <see cref="WhatIfCosting"/>). The host
/// supplies it, since rebuilding the engine's inputs needs the mapping the grains use; without one, reports carry the
/// measured costs only.
/// </summary>
public interface IWhatIfCostSource
{
    Task<IReadOnlyList<ImpedimentCost>> CostAsync(IncidentHistory incident, CancellationToken cancellationToken);
}

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Runs the tasking engine's what-if on an incident's recorded inputs (see <see cref="WhatIfCosting"/>). The host
/// supplies it, since rebuilding the engine's inputs needs the mapping the grains use; without one, reports carry the
/// measured costs only.
/// </summary>
public interface IWhatIfCostSource
{
    /// <summary>The costs, worked out now with the engine when they were never recorded (seconds for a night incident).</summary>
    Task<IReadOnlyList<ImpedimentCost>> CostAsync(IncidentHistory incident, CancellationToken cancellationToken);

    /// <summary>
    /// The costs as recorded, never running the engine: null while the incident is not yet priced (the background pricer
    /// works them out when the incident closes), so a report over a month answers in reads.
    /// </summary>
    Task<IReadOnlyList<ImpedimentCost>?> RecordedAsync(IncidentHistory incident, CancellationToken cancellationToken);
}

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>
/// The random casualty generator that keeps a demo alive. <see cref="AutoTaskAfter"/>: when no duty officer has
/// tasked a generated incident by then, the simulator approves its best feasible option (null: never).
/// </summary>
public sealed record IncidentGeneratorSettings(
    bool Enabled,
    double RatePerHour,
    PrecedenceMix Mix,
    TimeSpan? AutoTaskAfter,
    int Seed);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// events.json: something that happens during the scenario, either at an absolute time (with its zone) or a
/// delay after the scenario first started.
/// </summary>
public abstract record ScriptedEvent(string Id, DateTimeOffset? At, TimeSpan? After);

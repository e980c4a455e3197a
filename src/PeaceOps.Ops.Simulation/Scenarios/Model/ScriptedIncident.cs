namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>A casualty report arriving as a 9-line (its JSON form; the grid is derived from the pickup position).</summary>
public sealed record ScriptedIncident(string Id, DateTimeOffset? At, TimeSpan? After, ScriptedNineLine NineLine, TimeSpan InjuredBeforeReport)
    : ScriptedEvent(Id, At, After);

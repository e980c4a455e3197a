namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>A casualty report arriving as a 9-line (the text a duty officer would type).</summary>
public sealed record ScriptedIncident(string Id, DateTimeOffset? At, TimeSpan? After, string NineLineText, TimeSpan InjuredBeforeReport)
    : ScriptedEvent(Id, At, After);

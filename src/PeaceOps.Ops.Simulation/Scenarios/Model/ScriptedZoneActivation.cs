namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>An airspace zone declared active or inactive (e.g. a reported MANPADS threat).</summary>
public sealed record ScriptedZoneActivation(string Id, DateTimeOffset? At, TimeSpan? After, string ZoneId, bool Active)
    : ScriptedEvent(Id, At, After);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>An aircraft going unserviceable (maintenance) for a while.</summary>
public sealed record ScriptedAircraftUnserviceable(string Id, DateTimeOffset? At, TimeSpan? After, string AircraftId, TimeSpan? Duration, string Reason)
    : ScriptedEvent(Id, At, After);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>A facility changing status (e.g. a Level II diverting after a mass-casualty event).</summary>
public sealed record ScriptedFacilityStatus(string Id, DateTimeOffset? At, TimeSpan? After, string FacilityId, string Status, int? AvailableBeds, int? AvailableOperatingTables, string Note)
    : ScriptedEvent(Id, At, After);

namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The tasked aircraft took off.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft-launched")]
public sealed record AircraftLaunched([property: Id(0)] string AircraftId) : IncidentEvent;

namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>A change (airspace, facility, aircraft) affects the chosen option: the duty officer should look again.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.incident-flagged-for-replan")]
public sealed record IncidentFlaggedForReplan([property: Id(0)] string Reason, [property: Id(1)] string Cause) : IncidentEvent;

using PeaceOps.Ops.Contracts.Events;

namespace PeaceOps.Ops.Contracts.Aircraft.Events;

/// <summary>An event of one aircraft's stream ("aircraft-{id}"). Positions are not events: they go to the position log.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.aircraft")]
public abstract record AircraftEvent : OpsEvent;

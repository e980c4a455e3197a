using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The first ranked options were computed and shown.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.options-proposed")]
public sealed record OptionsProposed([property: Id(0)] IReadOnlyList<TaskingOptionDto> Options) : IncidentEvent;

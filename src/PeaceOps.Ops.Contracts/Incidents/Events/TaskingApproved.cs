using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>The duty officer chose an option; OptionsShown is the list exactly as it was presented (decision context for the after-action review).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.tasking-approved")]
public sealed record TaskingApproved([property: Id(0)] string AircraftId, [property: Id(1)] string FacilityId, [property: Id(2)] string? OverrideReason, [property: Id(3)] TaskingOptionDto Chosen, [property: Id(4)] IReadOnlyList<TaskingOptionDto> OptionsShown, [property: Id(5)] DateTimeOffset OptionsComputedAt) : IncidentEvent;

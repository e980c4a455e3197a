namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 7: the marking method (A-E) and any detail given with it (e.g. "GREEN" smoke).</summary>
public sealed record PickupMarking(MarkingMethod Method, string? Detail);

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 7: how the pickup site is marked.</summary>
public enum MarkingMethod
{
    Panels,
    PyrotechnicSignal,
    Smoke,
    None,
    Other,
}

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Evacuation precedence, line 3 letters A-E.</summary>
public enum Precedence
{
    Urgent,
    UrgentSurgical,
    Priority,
    Routine,
    Convenience,
}

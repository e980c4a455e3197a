namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// Line 3: patients by precedence (ATP 4-02.2): A urgent (≤ 1 h), B urgent-surgical (≤ 1 h, needs surgery),
/// C priority (≤ 4 h), D routine (≤ 24 h), E convenience (deleted by NATO; accepted with a warning).
/// </summary>
public sealed record PrecedenceCounts(int Urgent, int UrgentSurgical, int Priority, int Routine, int Convenience)
{
    public int Total => Urgent + UrgentSurgical + Priority + Routine + Convenience;

    /// <summary>The most pressing precedence present (A before B before C ...), which sets the incident's clocks.</summary>
    public Precedence? Highest =>
        Urgent > 0 ? Precedence.Urgent
        : UrgentSurgical > 0 ? Precedence.UrgentSurgical
        : Priority > 0 ? Precedence.Priority
        : Routine > 0 ? Precedence.Routine
        : Convenience > 0 ? Precedence.Convenience
        : null;
}

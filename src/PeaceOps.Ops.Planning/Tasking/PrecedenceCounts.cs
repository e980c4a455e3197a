namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>9-line line 3: patients by precedence (A urgent, B urgent-surgical, C priority, D routine, E convenience).</summary>
public sealed record PrecedenceCounts(int Urgent = 0, int UrgentSurgical = 0, int Priority = 0, int Routine = 0, int Convenience = 0)
{
    public int Total => Urgent + UrgentSurgical + Priority + Routine + Convenience;
}

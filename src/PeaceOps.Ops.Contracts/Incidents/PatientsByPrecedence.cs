namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>9-line line 3: number of patients per precedence.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.patients-by-precedence")]
public sealed record PatientsByPrecedence(
    [property: Id(0)] int Urgent,
    [property: Id(1)] int UrgentSurgical,
    [property: Id(2)] int Priority,
    [property: Id(3)] int Routine,
    [property: Id(4)] int Convenience = 0)
{
    public int Total => Urgent + UrgentSurgical + Priority + Routine + Convenience;

    /// <summary>The incident's precedence: its most urgent patient's.</summary>
    public Precedence Highest =>
        UrgentSurgical > 0 ? Precedence.UrgentSurgical
        : Urgent > 0 ? Precedence.Urgent
        : Priority > 0 ? Precedence.Priority
        : Routine > 0 ? Precedence.Routine
        : Precedence.Convenience;
}

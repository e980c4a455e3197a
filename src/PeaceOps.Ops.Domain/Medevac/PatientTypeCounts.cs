namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 5: patients by type, L litter and A ambulatory, plus E escorts where the form has them.</summary>
public sealed record PatientTypeCounts(int Litter, int Ambulatory, int Escort)
{
    public int Patients => Litter + Ambulatory;
}

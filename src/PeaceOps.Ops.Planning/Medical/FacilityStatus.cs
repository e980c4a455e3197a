namespace PeaceOps.Ops.Planning.Medical;

/// <summary>Hospital availability as in OASIS EDXL-HAVE practice.</summary>
public enum FacilityStatus
{
    Open,
    Limited,
    Diverting,
    Closed,
}

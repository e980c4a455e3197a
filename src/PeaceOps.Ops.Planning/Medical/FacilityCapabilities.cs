namespace PeaceOps.Ops.Planning.Medical;

[Flags]
public enum FacilityCapabilities
{
    None = 0,
    Resuscitation = 1,
    Surgery = 2,
    IntensiveCare = 4,
}

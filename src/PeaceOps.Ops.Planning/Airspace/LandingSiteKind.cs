namespace PeaceOps.Ops.Planning.Airspace;

public enum LandingSiteKind
{
    Base,
    FacilityHelipad,
    HelicopterLandingSite,
}

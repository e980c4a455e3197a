namespace PeaceOps.Ops.Planning.Airspace;

public enum LandingSiteKind
{
    Base,
    FacilityHelipad,
    HelicopterLandingSite,

    /// <summary>An airfield that is no unit's base (Bamako-Sénou): fixed wing lands there; aircraft may return there.</summary>
    Airfield,
}

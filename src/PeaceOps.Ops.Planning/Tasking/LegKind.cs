namespace PeaceOps.Ops.Planning.Tasking;

public enum LegKind
{
    ToPickup,
    ToFacility,

    /// <summary>Not part of the casualty's journey; planned to prove the aircraft can get home.</summary>
    ReturnToBase,
}

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// A 9-line MEDEVAC request (ATP 4-02.2, STANAG 3204 variant). Lines 1-5 are passed first and are
/// required; lines 6-9 may follow later and are null until they do. Line 9 holds the NBC contamination
/// (wartime) or the terrain description (peacetime) as text, "NONE" when there is none.
/// </summary>
public sealed record NineLineRequest(
    PickupLocation Pickup,
    RadioContact Radio,
    PrecedenceCounts Precedence,
    SpecialEquipment Equipment,
    PatientTypeCounts PatientTypes,
    PickupSecurity? Security,
    PickupMarking? Marking,
    NationalityCounts? Nationality,
    string? NbcOrTerrain)
{
    public IReadOnlyList<PatientHandover> Patients { get; init; } = [];

    public bool Equals(NineLineRequest? other) =>
        other is not null
        && Pickup == other.Pickup
        && Radio == other.Radio
        && Precedence == other.Precedence
        && Equipment == other.Equipment
        && PatientTypes == other.PatientTypes
        && Security == other.Security
        && Marking == other.Marking
        && Nationality == other.Nationality
        && NbcOrTerrain == other.NbcOrTerrain
        && Patients.SequenceEqual(other.Patients);

    public override int GetHashCode() => HashCode.Combine(Pickup, Radio, Precedence, Equipment, PatientTypes, Security, Marking, Nationality);
}

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>
/// A normalised 9-line MEDEVAC request (ATP 4-02.2 / STANAG 3204), already parsed and validated at the edge.
/// Line 1 is given both as lat/lon and MGRS. Line 4 as words: "hoist", "extraction", "ventilator" (empty or "none": none).
/// Line 6 as the wartime letter "N", "P", "E" or "X" (anything else, e.g. a peacetime wound count, plans as "N").
/// Lines 7-9 as the request's letters or text, kept for the record.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.nine-line")]
public sealed record NineLine(
    [property: Id(0)] double PickupLat,
    [property: Id(1)] double PickupLon,
    [property: Id(2)] string PickupMgrs,
    [property: Id(3)] string RadioFrequency,
    [property: Id(4)] string CallSign,
    [property: Id(5)] PatientsByPrecedence Patients,
    [property: Id(6)] IReadOnlyList<string> SpecialEquipment,
    [property: Id(7)] int Litter,
    [property: Id(8)] int Ambulatory,
    [property: Id(9)] string Security,
    [property: Id(10)] string Marking,
    [property: Id(11)] string Nationality,
    [property: Id(12)] string Terrain,
    [property: Id(13)] int Escort = 0)
{
    public int TotalPatients => Litter + Ambulatory;
}

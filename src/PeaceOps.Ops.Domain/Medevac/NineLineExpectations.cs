namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>What each line should look like, in the words an error message gives the duty officer.</summary>
public static class NineLineExpectations
{
    public const string Location = "expected an MGRS grid like 30QZD1639100716 or latitude, longitude in degrees like 12.6392, -8.0029";
    public const string Radio = "expected the frequency, call sign and suffix, like 38.90 DUSTOFF 6";
    public const string Precedence = "expected counts like A1 B2 (A urgent, B urgent-surgical, C priority, D routine, E convenience)";
    public const string Equipment = "expected A (none), B (hoist), C (extraction equipment) or D (ventilator); several allowed, like B D";
    public const string PatientTypes = "expected counts like L2 A1 (L litter, A ambulatory, E escort)";
    public const string Security = "expected N (no enemy), P (possible enemy), E (enemy in area, approach with caution) or X (armed escort required)";
    public const string Marking = "expected A (panels), B (pyrotechnic signal), C (smoke), D (none) or E (other), optionally followed by a detail like C GREEN";
    public const string Nationality = "expected counts like A2 C1 (A own-force/UN military, B own-force/UN civilian, C host-nation military, D host-nation civilian, E detainee)";
    public const string NbcOrTerrain = "expected the NBC contamination or a terrain description, or NONE";

    public static string For(int line) => line switch
    {
        1 => Location,
        2 => Radio,
        3 => Precedence,
        4 => Equipment,
        5 => PatientTypes,
        6 => Security,
        7 => Marking,
        8 => Nationality,
        _ => NbcOrTerrain,
    };

    public static string FieldOf(int line) => line switch
    {
        1 => "location",
        2 => "radio",
        3 => "precedence",
        4 => "equipment",
        5 => "patientTypes",
        6 => "security",
        7 => "marking",
        8 => "nationality",
        _ => "nbcOrTerrain",
    };
}

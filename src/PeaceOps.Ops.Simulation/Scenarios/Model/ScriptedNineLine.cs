using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// The nine lines of a scripted casualty report (ATP 4-02.2): 1 pickup, 2 frequency and call sign, 3 patients by
/// precedence, 4 special equipment, 5 litter/ambulatory, 6 security, 7 marking, 8 nationality, 9 terrain/NBC.
/// </summary>
public sealed record ScriptedNineLine(
    GeoPosition Pickup,
    string Frequency,
    string CallSign,
    int Urgent,
    int UrgentSurgical,
    int Priority,
    int Routine,
    IReadOnlyList<string> Equipment,
    int Litter,
    int Ambulatory,
    string Security,
    string Marking,
    string Nationality,
    string Terrain)
{
    public static readonly IReadOnlyList<string> EquipmentWords = ["hoist", "extraction", "ventilator"];

    public static readonly IReadOnlyList<string> SecurityLetters = ["N", "P", "E", "X"];
}

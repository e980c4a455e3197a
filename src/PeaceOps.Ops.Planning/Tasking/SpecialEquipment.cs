namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>9-line line 4.</summary>
[Flags]
public enum SpecialEquipment
{
    None = 0,
    Hoist = 1,
    ExtractionEquipment = 2,
    Ventilator = 4,
}

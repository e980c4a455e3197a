namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 4: special equipment needed (A none, B hoist, C extraction equipment, D ventilator); all false is "A, none".</summary>
public sealed record SpecialEquipment(bool Hoist, bool Extraction, bool Ventilator)
{
    public static SpecialEquipment None { get; } = new(false, false, false);
}

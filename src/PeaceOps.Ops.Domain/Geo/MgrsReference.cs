namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// A parsed MGRS reference: the square it names (south-west corner, side <see cref="PrecisionMeters"/>),
/// with its canonical text (upper case, no spaces).
/// </summary>
public readonly record struct MgrsReference(string Text, GeoPosition SouthWestCorner, int Digits, double PrecisionMeters, UtmCoordinate Utm)
{
    /// <summary>The reference written in its usual spaced form, e.g. "30Q ZD 16391 00716".</summary>
    public string ToSpacedString()
    {
        var digits = Text[^(2 * Digits)..];
        var zoneLength = Text.Length - (2 * Digits) - 3;
        return $"{Text[..(zoneLength + 1)]} {Text.Substring(zoneLength + 1, 2)} {digits[..Digits]} {digits[Digits..]}".TrimEnd();
    }

    public override string ToString() => Text;
}

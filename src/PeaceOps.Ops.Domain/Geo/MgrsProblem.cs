namespace PeaceOps.Ops.Domain.Geo;

/// <summary>What is wrong with a grid reference or a position given for one.</summary>
public enum MgrsProblem
{
    Empty,
    PolarRegionNotSupported,
    InvalidZone,
    InvalidBand,
    InvalidSquare,
    InvalidDigits,
    UnexpectedCharacter,
    SquareOutsideZone,
    InvalidPrecision,
}

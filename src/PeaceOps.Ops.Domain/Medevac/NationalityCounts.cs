namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// Line 8: patients by nationality and status: A own-force (UN) military, B own-force (UN) civilian,
/// C non-own (host-nation) military, D non-own (host-nation) civilian, E detainee/EPW.
/// </summary>
public sealed record NationalityCounts(int OwnMilitary, int OwnCivilian, int OtherMilitary, int OtherCivilian, int Detainee)
{
    public int Total => OwnMilitary + OwnCivilian + OtherMilitary + OtherCivilian + Detainee;
}

using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>
/// A landing site (base, airfield, facility helipad, HLS). Night flying needs a night-capable site at both ends;
/// fixed-wing aircraft need <see cref="FixedWingCapable"/> (a runway) at both ends, which an airfield always has.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.landing-site")]
public sealed record LandingSiteDto(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] GeoPoint Position,
    [property: Id(3)] bool NightCapable,
    [property: Id(4)] LandingSiteKind Kind = LandingSiteKind.HelicopterLandingSite,
    [property: Id(5)] bool FixedWingCapable = false);

using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>A helicopter landing site (base, facility helipad, HLS). Night flying needs a night-capable site at both ends.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.landing-site")]
public sealed record LandingSiteDto(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] GeoPoint Position,
    [property: Id(3)] bool NightCapable,
    [property: Id(4)] LandingSiteKind Kind = LandingSiteKind.HelicopterLandingSite);

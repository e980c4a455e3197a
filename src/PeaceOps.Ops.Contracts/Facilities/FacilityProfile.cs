using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>A medical facility as the scenario configures it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.facility-profile")]
public sealed record FacilityProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] FacilityLevel Level,
    [property: Id(3)] GeoPoint Position,
    [property: Id(4)] bool Surgery,
    [property: Id(5)] bool NightCapableHelipad,
    [property: Id(6)] int Beds,
    [property: Id(7)] int OperatingTables);

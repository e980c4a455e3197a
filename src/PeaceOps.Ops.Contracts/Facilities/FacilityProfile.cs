using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>
/// A medical facility as the scenario configures it. <see cref="Surgery"/> and <see cref="IntensiveCare"/> say what it can
/// do (a Level I+ with a surgical module has surgery); <see cref="Beds"/> and <see cref="OperatingTables"/> are its capacity.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.facility-profile")]
public sealed record FacilityProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] FacilityLevel Level,
    [property: Id(3)] GeoPoint Position,
    [property: Id(4)] bool Surgery,
    [property: Id(5)] bool HelipadNightCapable,
    [property: Id(6)] int Beds,
    [property: Id(7)] int OperatingTables,
    [property: Id(8)] bool IntensiveCare = false);

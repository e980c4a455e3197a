using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>
/// An airframe as the scenario (or the air operations centre) configures it: what it is, what it can carry, how fast it
/// is ready. Speeds in km/h as in the mission's aircraft tables; notice to move by day and by night.
/// <see cref="FixedWing"/> airframes (C-130) land only on runways; absent in state written before it, which held helicopters.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.aircraft-profile")]
public sealed record AircraftProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Callsign,
    [property: Id(2)] string Type,
    [property: Id(3)] string BaseId,
    [property: Id(4)] GeoPoint BasePosition,
    [property: Id(5)] bool NvgCapable,
    [property: Id(6)] bool CrewNvgCurrent,
    [property: Id(7)] double CruiseSpeedKmh,
    [property: Id(8)] double EnduranceMinutes,
    [property: Id(9)] int Litters,
    [property: Id(10)] int Seats,
    [property: Id(11)] bool Hoist,
    [property: Id(12)] double NoticeToMoveDayMinutes = 30,
    [property: Id(13)] double NoticeToMoveNightMinutes = 60,
    [property: Id(14)] bool AmetOnBoard = false,
    [property: Id(15)] bool FixedWing = false);

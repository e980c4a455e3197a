namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>An airframe as the scenario (or the air operations centre) configures it: what it is and what it can carry.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.aircraft-profile")]
public sealed record AircraftProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Callsign,
    [property: Id(2)] string Type,
    [property: Id(3)] string BaseId,
    [property: Id(4)] Common.GeoPoint BasePosition,
    [property: Id(5)] bool NvgCapable,
    [property: Id(6)] bool NvgCrewCurrent,
    [property: Id(7)] double CruiseSpeedKts,
    [property: Id(8)] double EnduranceMinutes,
    [property: Id(9)] int Litters,
    [property: Id(10)] int Ambulatory,
    [property: Id(11)] bool HoistFitted,
    [property: Id(12)] double NoticeToMoveDayMinutes = 30,
    [property: Id(13)] double NoticeToMoveNightMinutes = 60,
    [property: Id(14)] double RangeKm = 0);

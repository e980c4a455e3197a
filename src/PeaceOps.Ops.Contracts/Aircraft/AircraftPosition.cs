namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>The last accepted position report of an aircraft.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.aircraft-position")]
public sealed record AircraftPosition(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] double AltitudeM,
    [property: Id(3)] double HeadingDeg,
    [property: Id(4)] double SpeedKts,
    [property: Id(5)] DateTimeOffset ReportedAt);

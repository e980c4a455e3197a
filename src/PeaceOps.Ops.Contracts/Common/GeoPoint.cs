namespace PeaceOps.Ops.Contracts.Common;

/// <summary>A WGS-84 position in degrees; the only geometry that crosses a grain boundary.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.geo-point")]
public sealed record GeoPoint([property: Id(0)] double Lat, [property: Id(1)] double Lon);

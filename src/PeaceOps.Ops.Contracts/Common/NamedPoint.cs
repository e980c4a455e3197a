namespace PeaceOps.Ops.Contracts.Common;

/// <summary>A position with the name a duty officer knows it by (a base, a pickup site, a hospital).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.named-point")]
public sealed record NamedPoint([property: Id(0)] double Lat, [property: Id(1)] double Lon, [property: Id(2)] string Name);

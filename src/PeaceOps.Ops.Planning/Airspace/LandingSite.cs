using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>A place aircraft land: an air base, a facility helipad or a prepared HLS.</summary>
public sealed record LandingSite(string Id, string Name, GeoPosition Position, LandingSiteKind Kind, bool NightCapable);

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>landing-sites.json: a base, airfield, helipad or HLS; night capability decides night landings.</summary>
public sealed record LandingSiteDefinition(string Id, string Name, string Kind, GeoPosition Position, bool NightCapable, bool FixedWingCapable)
{
    public static readonly IReadOnlyList<string> Kinds = ["base", "airfield", "helipad", "hls"];
}

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>A place aircraft land: an air base, an airfield, a facility helipad or a prepared HLS.</summary>
/// <param name="Runway">
/// Fixed-wing aircraft can land here. A base may be an airport (Gao) or only a camp helipad (Kidal), so the kind alone
/// does not say; an <see cref="LandingSiteKind.Airfield"/> always has a runway.
/// </param>
public sealed record LandingSite(string Id, string Name, GeoPosition Position, LandingSiteKind Kind, bool NightCapable, bool Runway = false)
{
    public bool TakesFixedWing => Runway || Kind == LandingSiteKind.Airfield;
}

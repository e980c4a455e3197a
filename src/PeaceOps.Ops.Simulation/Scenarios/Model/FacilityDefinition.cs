using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// facilities.json: a medical treatment facility (UN Medical Support Manual levels I, I+, II, III). A facility
/// reached through an airfield rather than its own helipad names that landing site.
/// </summary>
public sealed record FacilityDefinition(
    string Id,
    string Name,
    string Level,
    IReadOnlyList<string> Capabilities,
    int Beds,
    int OperatingTables,
    bool HelipadNightCapable,
    GeoPosition Position,
    string? LandingSiteId,
    string Unit);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>aircraft-types.json: the performance and cabin of a type (figures from the operator's data, see DOMAIN.md).</summary>
public sealed record AircraftTypeProfile(
    string Id,
    string Name,
    AircraftCategory Category,
    double CruiseSpeedKmh,
    double EnduranceHours,
    int Litters,
    int Seats,
    bool Hoist,
    bool NvgCapable);

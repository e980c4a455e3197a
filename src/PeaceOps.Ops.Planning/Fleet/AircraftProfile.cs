namespace PeaceOps.Ops.Planning.Fleet;

/// <summary>What an airframe type can do (Mi-8MTV: 225 km/h, ~3.5 h, AE fit 7 litters).</summary>
public sealed record AircraftProfile(
    string Type,
    double CruiseSpeedKmh,
    TimeSpan Endurance,
    int Litters,
    int Seats,
    bool Hoist,
    bool NvgCapable);

namespace PeaceOps.Ops.Planning.Fleet;

/// <summary>What an airframe type can do (Mi-8MTV: 225 km/h, ~3.5 h, AE fit 7 litters).</summary>
/// <param name="FixedWing">Needs a runway at both ends (C-130): it cannot land at a point of injury.</param>
public sealed record AircraftProfile(
    string Type,
    double CruiseSpeedKmh,
    TimeSpan Endurance,
    int Litters,
    int Seats,
    bool Hoist,
    bool NvgCapable,
    bool FixedWing = false);

namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>Helicopters land at any suitable site; fixed wing only at airfields (strategic evacuation).</summary>
public enum AircraftCategory
{
    Helicopter,
    FixedWing,
}

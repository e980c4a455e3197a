namespace PeaceOps.Ops.Simulation.Flight;

public enum FlightPhaseKind
{
    /// <summary>On the ground: engines running at the pickup site, handover at the facility, or parked at base.</summary>
    Ground,

    /// <summary>Flying a great-circle leg at cruise speed.</summary>
    Airborne,
}

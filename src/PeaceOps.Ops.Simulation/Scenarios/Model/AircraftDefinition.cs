namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>
/// aircraft.json: one airframe. Night flight needs both an NVG-modified airframe and an NVG-current crew;
/// readiness is the notice to move, longer by night.
/// </summary>
public sealed record AircraftDefinition(
    string Id,
    string Callsign,
    string TypeId,
    string BaseId,
    bool NvgAirframe,
    bool CrewNvgCurrent,
    TimeSpan ReadinessDay,
    TimeSpan ReadinessNight,
    bool Amet,
    string Unit);

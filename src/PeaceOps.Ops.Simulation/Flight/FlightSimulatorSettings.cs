namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// How the simulator reports, in simulated time: a tracker's rate in flight, and an occasional "still here" from
/// aircraft parked at base (so the picture's last-report age stays meaningful).
/// </summary>
public sealed record FlightSimulatorSettings(TimeSpan PositionReportInterval, TimeSpan IdleReportInterval);

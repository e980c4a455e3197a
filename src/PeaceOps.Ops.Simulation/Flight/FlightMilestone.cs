using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>When the simulated crew reports an incident milestone (launched, at pickup, patients on board, at facility).</summary>
public sealed record FlightMilestone(DateTimeOffset At, IncidentMilestone Milestone);

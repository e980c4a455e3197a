using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>A flight the simulator is flying for one aircraft (for an incident, or home).</summary>
internal sealed class ActiveFlight(string aircraftId, string? incidentId, FlightPlan plan)
{
    public string AircraftId { get; } = aircraftId;

    public string? IncidentId { get; } = incidentId;

    public FlightPlan Plan { get; } = plan;

    public HashSet<IncidentMilestone> Reported { get; } = [];

    public bool Released { get; set; }
}

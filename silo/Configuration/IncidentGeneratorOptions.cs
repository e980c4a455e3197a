using System.ComponentModel.DataAnnotations;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>
/// Section <c>PeaceOps:Simulation:IncidentGenerator</c>: random casualty reports that keep a demo going
/// (Poisson arrivals; by default about one every 30 simulated minutes).
/// </summary>
public sealed class IncidentGeneratorOptions
{
    public bool Enabled { get; set; } = true;

    [Range(0.01, 600)]
    public double RatePerHour { get; set; } = 2;

    /// <summary>
    /// When no duty officer has tasked a generated incident after this many simulated minutes, the simulator
    /// approves its best feasible option, so that aircraft fly in an unattended demo. 0: never.
    /// </summary>
    [Range(0, 1440)]
    public double AutoTaskAfterMinutes { get; set; } = 10;

    /// <summary>Relative weights of the precedences drawn (urgent, urgent-surgical, priority, routine).</summary>
    [Range(0, 1000)]
    public double UrgentWeight { get; set; } = 25;

    [Range(0, 1000)]
    public double UrgentSurgicalWeight { get; set; } = 25;

    [Range(0, 1000)]
    public double PriorityWeight { get; set; } = 35;

    [Range(0, 1000)]
    public double RoutineWeight { get; set; } = 15;
}

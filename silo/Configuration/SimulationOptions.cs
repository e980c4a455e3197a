using System.ComponentModel.DataAnnotations;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Section <c>PeaceOps:Simulation</c>: the flight simulator that flies tasked aircraft on the product's own clock.</summary>
public sealed class SimulationOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Simulated seconds per real second: 1 for a JOC demo, 60 for exercises and tests.</summary>
    [Range(0.1, 3600)]
    public double TimeScale { get; set; } = 1;
}

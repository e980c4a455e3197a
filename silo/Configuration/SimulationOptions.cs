using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Section <c>PeaceOps:Simulation</c>: the flight simulator that flies tasked aircraft on the product's own clock.</summary>
public sealed class SimulationOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Simulated seconds per real second: 1 for a JOC demo, 60 for exercises and tests.</summary>
    [Range(0.1, 3600)]
    public double TimeScale { get; set; } = 1;

    /// <summary>Simulated seconds between two position reports of an aircraft in flight (a tracker's rate).</summary>
    [Range(1, 600)]
    public double PositionReportIntervalSeconds { get; set; } = 5;

    /// <summary>Simulated minutes between two "still here" reports of an aircraft parked at base.</summary>
    [Range(1, 1440)]
    public double IdleReportIntervalMinutes { get; set; } = 10;

    /// <summary>Makes the random parts (incident times, places, casualties) repeatable; absent: different every run.</summary>
    public int? Seed { get; set; }

    [ValidateObjectMembers]
    public IncidentGeneratorOptions IncidentGenerator { get; set; } = new();
}

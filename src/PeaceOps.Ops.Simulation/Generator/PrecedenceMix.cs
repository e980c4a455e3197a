using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>
/// How often each precedence occurs among generated casualties (relative weights). The default leans to the
/// cases that test the 10-1-2 clocks: half urgent or urgent-surgical.
/// </summary>
public sealed record PrecedenceMix(double Urgent = 25, double UrgentSurgical = 25, double Priority = 35, double Routine = 15)
{
    public Precedence Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var total = Urgent + UrgentSurgical + Priority + Routine;
        var x = random.NextDouble() * total;
        return x < Urgent ? Precedence.Urgent
            : x < Urgent + UrgentSurgical ? Precedence.UrgentSurgical
            : x < Urgent + UrgentSurgical + Priority ? Precedence.Priority
            : Precedence.Routine;
    }
}

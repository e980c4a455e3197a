using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>
/// Writes the 9-line a patrol would send for a generated casualty event: one to three patients of the drawn
/// precedence (sometimes an extra of lower precedence), mostly litter cases, a hoist now and then, security
/// mostly "possible enemy". Fictional call signs; UN-military patients.
/// </summary>
public sealed class CasualtyReportComposer(PrecedenceMix mix, Random random)
{
    private static readonly string[] CallSigns = ["CONVOY", "PATROL", "VIPER", "FALCON", "ATLAS", "OASIS"];

    public NineLine Compose(GeoPosition pickup, string pickupMgrs)
    {
        var precedence = mix.Draw(random);
        var count = 1 + random.Next(3);
        var extraPriority = random.NextDouble() < 0.3 && precedence != Precedence.Routine ? 1 : 0;
        var patients = precedence switch
        {
            Precedence.Urgent => new PatientsByPrecedence(count, 0, extraPriority, 0),
            Precedence.UrgentSurgical => new PatientsByPrecedence(0, count, extraPriority, 0),
            Precedence.Priority => new PatientsByPrecedence(0, 0, count, 0),
            _ => new PatientsByPrecedence(0, 0, 0, count),
        };
        var total = patients.Total;
        var litter = precedence is Precedence.Urgent or Precedence.UrgentSurgical ? Math.Max(1, total - extraPriority) : random.Next(total + 1);
        var equipment = random.NextDouble() < 0.1 ? new[] { "hoist" } : [];
        var security = random.NextDouble() switch
        {
            < 0.35 => "N",
            < 0.85 => "P",
            < 0.97 => "E",
            _ => "X",
        };
        return new NineLine(
            pickup.Latitude,
            pickup.Longitude,
            pickupMgrs,
            FormattableString.Invariant($"{30 + random.Next(60)}.{random.Next(10)}0"),
            $"{CallSigns[random.Next(CallSigns.Length)]} {1 + random.Next(9)}",
            patients,
            equipment,
            litter,
            total - litter,
            security,
            random.NextDouble() < 0.5 ? "C" : "A",
            "A",
            "NONE");
    }
}

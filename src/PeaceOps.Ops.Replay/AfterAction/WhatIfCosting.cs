using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// What a constraint cost, by the tasking engine's own reckoning: the engine runs on the recorded inputs as they were,
/// then again with one constraint lifted; the cost is how much earlier the best option would have reached the facility.
/// Both runs use the same engine and inputs, so the figure is the engine's, not a second opinion.
/// </summary>
public sealed class WhatIfCosting(TaskingEngine engine)
{
    public IReadOnlyList<ImpedimentCost> Cost(TaskingRequest request, TaskingSituation situation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(situation);
        var baseline = engine.Evaluate(request, situation);
        var baselineEta = BestArrival(baseline);
        if (baselineEta is null)
        {
            return [];
        }

        var costs = new List<ImpedimentCost>();
        if (!situation.Settings.NightFlightAuthorized)
        {
            var minutes = Saving(baselineEta.Value, engine.Evaluate(request, situation, WhatIf.NightFlightAuthorised));
            if (minutes > 0)
            {
                costs.Add(new ImpedimentCost(ImpedimentClass.NightFlightRestriction, minutes, CostBasis.WhatIf,
                    "night flight not authorised"));
            }
        }

        foreach (var zone in situation.Zones.Where(z => z.Kind == AirspaceZoneKind.Restricted).OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            var minutes = Saving(baselineEta.Value, engine.Evaluate(request, situation, WhatIf.ZoneCleared(zone.Id)));
            if (minutes > 0)
            {
                costs.Add(new ImpedimentCost(ImpedimentClass.AirspaceClearance, minutes, CostBasis.WhatIf,
                    $"restricted zone {zone.Name} without clearance", zone.Id));
            }
        }

        return costs;
    }

    /// <summary>The facility arrival of the best feasible option, or of the best option when none is feasible.</summary>
    internal static DateTimeOffset? BestArrival(TaskingResult result) =>
        (result.Options.FirstOrDefault(o => o.Feasible) ?? result.Options.FirstOrDefault())?.FacilityEta;

    private static double Saving(DateTimeOffset baselineEta, TaskingResult lifted)
    {
        var feasible = lifted.Options.FirstOrDefault(o => o.Feasible);
        return feasible is null ? 0 : Math.Max(0, (baselineEta - feasible.FacilityEta).TotalMinutes);
    }
}

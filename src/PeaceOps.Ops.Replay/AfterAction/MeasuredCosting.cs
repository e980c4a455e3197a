using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// Costs read from the options the duty officer was shown: an option blocked only by an unavailable aircraft (or only
/// by a diverting facility) that would have reached the facility before the chosen one shows what that cost. The
/// engine has no what-if for these (an aircraft cannot be made free by decree), so the record is the evidence.
/// </summary>
public static class MeasuredCosting
{
    private static readonly HashSet<string> AircraftCodes =
        new(["AIRCRAFT_TASKED", "AIRCRAFT_MAINTENANCE", "AIRCRAFT_NOT_AVAILABLE", "CREW_REST"], StringComparer.Ordinal);

    private static readonly HashSet<string> FacilityCodes =
        new(["FACILITY_DIVERTING", "FACILITY_CLOSED"], StringComparer.Ordinal);

    public static IReadOnlyList<ImpedimentCost> Cost(TaskingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Chosen?.FacilityEta is not { } chosenEta)
        {
            return [];
        }

        var costs = new List<ImpedimentCost>();
        AddIfFaster(costs, decision, chosenEta, ImpedimentClass.NoAvailableAircraft, AircraftCodes,
            o => $"aircraft {o.AircraftId} not available");
        AddIfFaster(costs, decision, chosenEta, ImpedimentClass.FacilityDiverting, FacilityCodes,
            o => $"facility {o.FacilityId} diverting or closed");
        return costs;
    }

    private static void AddIfFaster(
        List<ImpedimentCost> costs,
        TaskingDecision decision,
        DateTimeOffset chosenEta,
        ImpedimentClass impediment,
        HashSet<string> codes,
        Func<TaskingOptionDto, string> describe)
    {
        var fastest = decision.OptionsShown
            .Where(o => o.FacilityEta < chosenEta && BlockedOnlyBy(o, codes))
            .OrderBy(o => o.FacilityEta)
            .FirstOrDefault();
        if (fastest is not null)
        {
            costs.Add(new ImpedimentCost(impediment, (chosenEta - fastest.FacilityEta).TotalMinutes, CostBasis.Measured, describe(fastest)));
        }
    }

    private static bool BlockedOnlyBy(TaskingOptionDto option, HashSet<string> codes)
    {
        var blocking = option.Violations.Where(v => v.Severity == ViolationSeverity.Blocking).ToList();
        return blocking.Count > 0 && blocking.All(v => codes.Contains(v.Code));
    }
}

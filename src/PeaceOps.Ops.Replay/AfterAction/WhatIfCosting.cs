using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// What a constraint cost, by the tasking engine's own reckoning: the engine runs on the recorded inputs as they were,
/// then again with one constraint lifted; the cost is how much earlier the best option would have reached the facility.
/// Both runs use the same engine and inputs, so the figure is the engine's, not a second opinion. When the constraints
/// leave no feasible option at all (deep night without authorisation), the casualty had to wait: the baseline is then
/// the earliest arrival the engine finds planning again later on the same inputs (first light, say), not the arrival
/// of an option nobody was allowed to fly.
/// </summary>
public sealed class WhatIfCosting(TaskingEngine engine)
{
    /// <summary>How far ahead a wait is looked for: a tropical night lasts under 13 h, and an activation rarely longer.</summary>
    public static readonly TimeSpan WaitHorizon = TimeSpan.FromHours(18);

    /// <summary>Coarse step of the wait search; the first feasible step is then narrowed down to the minute.</summary>
    public static readonly TimeSpan WaitStep = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Blocking violations that no wait and no lifted constraint can clear: they depend only on the aircraft, the
    /// facility and the request, which the what-if holds fixed (aircraft status and facility state as they stood).
    /// An option blocked by one of these is infeasible in every run the what-if makes.
    /// </summary>
    internal static readonly IReadOnlySet<string> FixedBlocks = new HashSet<string>(StringComparer.Ordinal)
    {
        ViolationCodes.AircraftTasked, ViolationCodes.AircraftInMaintenance, ViolationCodes.CrewRest,
        ViolationCodes.LitterCapacity, ViolationCodes.SeatCapacity, ViolationCodes.HoistRequired,
        ViolationCodes.FixedWingPickupNotAirfield, ViolationCodes.FixedWingFacilityNoAirfield,
        ViolationCodes.FacilityClosed, ViolationCodes.FacilityDiverting, ViolationCodes.NoSurgeryCapability,
        ViolationCodes.FacilityNoOperatingTable, ViolationCodes.NoResuscitationCapability, ViolationCodes.FacilityNoBeds,
    };

    /// <summary>
    /// Leave out, in every run after the first, the aircraft and facilities blocked for good, and skip lifting a night
    /// restriction no option broke: the same figures with fewer routes planned. False runs every aircraft with every
    /// constraint lifted, as the pricing did before; kept so the benchmark and the tests can compare the two.
    /// </summary>
    public bool LeaveOutWhatCannotChange { get; init; } = true;

    public IReadOnlyList<ImpedimentCost> Cost(TaskingRequest request, TaskingSituation situation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(situation);
        var baseline = engine.Evaluate(request, situation);
        if (baseline.Options.Count == 0)
        {
            return [];
        }

        // Every later run only looks for the best feasible option, so the aircraft and facilities whose every option is
        // blocked for good are left out: the same first feasible option, found without planning their routes again.
        var open = LeaveOutWhatCannotChange
            ? baseline.Options.Where(o => !o.Violations.Any(v => v.Severity == ViolationSeverity.Blocking && FixedBlocks.Contains(v.Code))).ToList()
            : [.. baseline.Options];
        if (open.Count == 0)
        {
            return [];
        }

        var candidates = LeaveOutWhatCannotChange ? Candidates(situation, open) : situation;
        var baselineEta = FeasibleArrival(baseline) ?? EarliestFeasibleArrivalLater(request, candidates) ?? BestArrival(baseline);
        if (baselineEta is null)
        {
            return [];
        }

        var costs = new List<ImpedimentCost>();
        // Authorisation only clears NIGHT_NOT_AUTHORISED: where no option broke it, lifting it changes no option.
        if (!situation.Settings.NightFlightAuthorized
            && (!LeaveOutWhatCannotChange || open.Any(o => o.Violations.Any(v => v.Code == ViolationCodes.NightNotAuthorised))))
        {
            var minutes = Saving(baselineEta.Value, engine.Evaluate(request, candidates, WhatIf.NightFlightAuthorised));
            if (minutes > 0)
            {
                costs.Add(new ImpedimentCost(ImpedimentClass.NightFlightRestriction, minutes, CostBasis.WhatIf,
                    "night flight not authorised"));
            }
        }

        // Every restricted zone is tried, violated or not: a route that went round a zone shows no violation, yet
        // clearing the zone would have shortened it.
        foreach (var zone in situation.Zones.Where(z => z.Kind == AirspaceZoneKind.Restricted).OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            var minutes = Saving(baselineEta.Value, engine.Evaluate(request, candidates, WhatIf.ZoneCleared(zone.Id)));
            if (minutes > 0)
            {
                costs.Add(new ImpedimentCost(ImpedimentClass.AirspaceClearance, minutes, CostBasis.WhatIf,
                    $"restricted zone {zone.Name} without clearance", zone.Id));
            }
        }

        return costs;
    }

    /// <summary>The situation cut down to the aircraft and facilities of options not blocked for good.</summary>
    internal static TaskingSituation Candidates(TaskingSituation situation, IReadOnlyList<TaskingOption> open)
    {
        var aircraft = open.Select(o => o.AircraftId).ToHashSet(StringComparer.Ordinal);
        var facilities = open.Select(o => o.FacilityId).ToHashSet(StringComparer.Ordinal);
        return situation with
        {
            Aircraft = [.. situation.Aircraft.Where(a => aircraft.Contains(a.Id))],
            Facilities = [.. situation.Facilities.Where(f => facilities.Contains(f.Id))],
        };
    }

    /// <summary>
    /// The earliest feasible arrival when planning again after a wait on the same inputs (aircraft where they stood):
    /// 30-minute steps up to the horizon, then halving the last step down to a minute. Null when nothing becomes feasible.
    /// </summary>
    internal DateTimeOffset? EarliestFeasibleArrivalLater(TaskingRequest request, TaskingSituation situation)
    {
        var infeasible = situation.Now;
        for (var wait = WaitStep; wait <= WaitHorizon; wait += WaitStep)
        {
            var eta = FeasibleArrival(engine.Evaluate(request, situation with { Now = situation.Now + wait }));
            if (eta is null)
            {
                infeasible = situation.Now + wait;
                continue;
            }

            var feasible = situation.Now + wait;
            while (feasible - infeasible > TimeSpan.FromMinutes(1))
            {
                var middle = infeasible + ((feasible - infeasible) / 2);
                if (FeasibleArrival(engine.Evaluate(request, situation with { Now = middle })) is { } earlier)
                {
                    (feasible, eta) = (middle, earlier);
                }
                else
                {
                    infeasible = middle;
                }
            }

            return eta;
        }

        return null;
    }

    private static DateTimeOffset? FeasibleArrival(TaskingResult result) => result.Options.FirstOrDefault(o => o.Feasible)?.FacilityEta;

    /// <summary>The facility arrival of the best feasible option, or of the best option when none is feasible.</summary>
    internal static DateTimeOffset? BestArrival(TaskingResult result) =>
        (result.Options.FirstOrDefault(o => o.Feasible) ?? result.Options.FirstOrDefault())?.FacilityEta;

    private static double Saving(DateTimeOffset baselineEta, TaskingResult lifted)
    {
        var feasible = lifted.Options.FirstOrDefault(o => o.Feasible);
        return feasible is null ? 0 : Math.Max(0, (baselineEta - feasible.FacilityEta).TotalMinutes);
    }
}

using System.Collections.Concurrent;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking.Rules;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// The rules of one evaluation, run for each aircraft × facility option in the order the duty officer reads them.
/// A sentence that depends only on the aircraft (its status, cabin, leg 1) or only on the facility (its status,
/// level, beds) was built once per option, 40 or 60 identical copies per incident; it is now built the first time
/// and the same immutable <see cref="Violation"/> shared, so the options and their order are unchanged. One
/// instance per evaluation: what it keeps is only valid for that request, situation and set of legs. Thread-safe
/// (aircraft may be evaluated in parallel): a facility's sentences built twice by two threads are equal.
/// </summary>
internal sealed class OptionRules
{
    private readonly ConcurrentDictionary<MedicalFacility, Violation[]> _byFacility = new(ReferenceEqualityComparer.Instance);
    private Violation[]? _security;

    /// <summary>The sentences of one aircraft's pickup leg, from its first option; pass them to <see cref="Check"/> for each of its facilities.</summary>
    public static AircraftSentences ForAircraft(OptionContext option) => new(
        option,
        Run(AircraftAvailabilityRule.Check, option),
        Run(AirspaceRule.CheckToPickup, option),
        Run(NightLegRule.CheckToPickup, option),
        Run(CabinRule.Check, option));

    public List<Violation> Check(OptionContext option, AircraftSentences aircraft)
    {
        if (!aircraft.Fits(option))
        {
            throw new ArgumentException("The aircraft's sentences belong to another aircraft or pickup leg.", nameof(aircraft));
        }

        var violations = new List<Violation>(aircraft.Count + 4);
        violations.AddRange(aircraft.Availability);
        violations.AddRange(aircraft.AirspaceToPickup);
        AirspaceRule.CheckToFacility(option, violations);
        violations.AddRange(aircraft.NightToPickup);
        NightLegRule.CheckFromPickup(option, violations);
        EnduranceRule.Check(option, violations);
        violations.AddRange(aircraft.Cabin);
        violations.AddRange(_byFacility.GetOrAdd(option.Facility, static (_, o) => Run(FacilityRule.Check, o), option));
        violations.AddRange(_security ??= Run(SecurityRule.Check, option));
        FixedWingRule.Check(option, violations);
        return violations;
    }

    private static Violation[] Run(Action<OptionContext, List<Violation>> rule, OptionContext option)
    {
        var found = new List<Violation>();
        rule(option, found);
        return found.Count == 0 ? [] : [.. found];
    }
}

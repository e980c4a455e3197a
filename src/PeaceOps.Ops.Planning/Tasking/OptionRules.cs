using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking.Rules;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// The rules of one evaluation, run for each aircraft × facility option in the order the duty officer reads them.
/// A sentence that depends only on the aircraft (its status, cabin, leg 1) or only on the facility (its status,
/// level, beds) was built once per option, 40 or 60 identical copies per incident; it is now built the first time
/// and the same immutable <see cref="Violation"/> shared, so the options and their order are unchanged. One
/// instance per evaluation: what it keeps is only valid for that request, situation and set of legs.
/// </summary>
internal sealed class OptionRules
{
    private readonly Dictionary<MedicalFacility, Violation[]> _byFacility = new(ReferenceEqualityComparer.Instance);
    private AircraftSnapshot? _aircraft;
    private FlownLeg? _toPickup;
    private LandingSite? _departureSite;
    private AircraftFacts _aircraftFacts = AircraftFacts.None;
    private Violation[]? _security;

    public List<Violation> Check(OptionContext option)
    {
        var aircraft = Facts(option);
        var violations = new List<Violation>(aircraft.Count + 4);
        violations.AddRange(aircraft.Availability);
        violations.AddRange(aircraft.AirspaceToPickup);
        AirspaceRule.CheckToFacility(option, violations);
        violations.AddRange(aircraft.NightToPickup);
        NightLegRule.CheckFromPickup(option, violations);
        EnduranceRule.Check(option, violations);
        violations.AddRange(aircraft.Cabin);
        violations.AddRange(FacilityFacts(option));
        violations.AddRange(_security ??= Run(SecurityRule.Check, option));
        FixedWingRule.Check(option, violations);
        return violations;
    }

    /// <summary>Kept for the aircraft and leg 1 last seen: the engine pairs one aircraft with every facility in turn.</summary>
    private AircraftFacts Facts(OptionContext option)
    {
        if (!ReferenceEquals(_aircraft, option.Aircraft) || !ReferenceEquals(_toPickup, option.ToPickup) || !ReferenceEquals(_departureSite, option.DepartureSite))
        {
            _aircraft = option.Aircraft;
            _toPickup = option.ToPickup;
            _departureSite = option.DepartureSite;
            _aircraftFacts = new AircraftFacts(
                Run(AircraftAvailabilityRule.Check, option),
                Run(AirspaceRule.CheckToPickup, option),
                Run(NightLegRule.CheckToPickup, option),
                Run(CabinRule.Check, option));
        }

        return _aircraftFacts;
    }

    private Violation[] FacilityFacts(OptionContext option)
    {
        if (!_byFacility.TryGetValue(option.Facility, out var facts))
        {
            facts = Run(FacilityRule.Check, option);
            _byFacility[option.Facility] = facts;
        }

        return facts;
    }

    private static Violation[] Run(Action<OptionContext, List<Violation>> rule, OptionContext option)
    {
        var found = new List<Violation>();
        rule(option, found);
        return found.Count == 0 ? [] : [.. found];
    }

    private sealed record AircraftFacts(Violation[] Availability, Violation[] AirspaceToPickup, Violation[] NightToPickup, Violation[] Cabin)
    {
        public static AircraftFacts None { get; } = new([], [], [], []);

        public int Count => Availability.Length + AirspaceToPickup.Length + NightToPickup.Length + Cabin.Length;
    }
}

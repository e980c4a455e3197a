using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using static PeaceOps.Ops.Planning.Tests.Support.Mission;

namespace PeaceOps.Ops.Replay.Tests.AfterAction;

/// <summary>
/// The what-if leaves out the aircraft and facilities blocked for good and skips lifting a night restriction nobody
/// broke; the figures must be exactly those of running every aircraft with every constraint lifted.
/// </summary>
public sealed class WhatIfCostingEquivalenceTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 26, 23, 30, 0, TimeSpan.Zero);

    private static readonly MissionSettings NoNightFlights = MissionSettings.Default with { NightFlightAuthorized = false };

    /// <summary>One aircraft that could fly, three that never can (maintenance, no litters, tasked), a diverting Level II,
    /// a Level I (no surgery for this casualty), and a restricted zone straight between the pickup and the open Level II.</summary>
    private static TaskingSituation Gao(DateTimeOffset now) => Situation(
        now,
        [
            Aircraft("ok", At(0)),
            Aircraft("maintenance", At(5), status: AircraftStatus.Maintenance),
            Aircraft("no-litters", At(-5), profile: Mi8 with { Litters = 0 }),
            Aircraft("tasked", At(0, 5), status: AircraftStatus.Tasked),
        ],
        [LevelII("open", At(80)), LevelII("diverting", At(20), FacilityStatus.Diverting), LevelI("level-1", At(60, 40))],
        [Square("r-12", AirspaceZoneKind.Restricted, 45, -10, 55, 10)],
        settings: NoNightFlights);

    [Fact]
    public void At_night_the_costs_are_those_of_the_engine_run_on_every_aircraft()
    {
        var request = Request(At(30), Midnight.AddMinutes(-20), urgent: 0, urgentSurgical: 1);
        var situation = Gao(Midnight);

        var pruned = new WhatIfCosting(new TaskingEngine()).Cost(request, situation);
        var everything = new WhatIfCosting(new TaskingEngine()) { LeaveOutWhatCannotChange = false }.Cost(request, situation);

        pruned.Should().Equal(everything);
        pruned.Should().Contain(c => c.Class == ImpedimentClass.NightFlightRestriction && c.Minutes > 60, "at midnight the casualty waits for first light");
    }

    [Fact]
    public void By_day_the_costs_are_those_of_the_engine_run_on_every_aircraft()
    {
        var request = Request(At(30), Morning.AddMinutes(-20), urgent: 0, urgentSurgical: 1);
        var situation = Gao(Morning);

        var pruned = new WhatIfCosting(new TaskingEngine()).Cost(request, situation);
        var everything = new WhatIfCosting(new TaskingEngine()) { LeaveOutWhatCannotChange = false }.Cost(request, situation);

        pruned.Should().Equal(everything);
        pruned.Should().ContainSingle(c => c.ZoneId == "r-12", "the route to the open Level II goes round R-12");
    }
}

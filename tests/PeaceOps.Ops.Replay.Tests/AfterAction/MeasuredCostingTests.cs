using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using static PeaceOps.Ops.Replay.Tests.Support.Scripted;

namespace PeaceOps.Ops.Replay.Tests.AfterAction;

public sealed class MeasuredCostingTests
{
    [Fact]
    public void A_faster_option_blocked_only_because_its_aircraft_was_tasked_costs_the_difference()
    {
        var decision = new TaskingDecision("ac-far", "fac-2", "duty", At(10, 12), null,
        [
            Option(1, "ac-far", "fac-2", At(11, 40)),
            Option(2, "ac-near", "fac-2", At(11, 18), ("AIRCRAFT_TASKED", ViolationSeverity.Blocking)),
            Option(3, "ac-mid", "fac-2", At(11, 30), ("CREW_REST", ViolationSeverity.Blocking)),
        ]);

        var costs = MeasuredCosting.Cost(decision);

        var cost = costs.Should().ContainSingle().Subject;
        cost.Class.Should().Be(ImpedimentClass.NoAvailableAircraft);
        cost.Minutes.Should().Be(22);
        cost.Basis.Should().Be(CostBasis.Measured);
    }

    [Fact]
    public void An_option_blocked_for_another_reason_as_well_is_not_attributed_to_aircraft_availability()
    {
        var decision = new TaskingDecision("ac-far", "fac-2", "duty", At(10, 12), null,
        [
            Option(1, "ac-far", "fac-2", At(11, 40)),
            Option(2, "ac-near", "fac-2", At(11, 18), ("AIRCRAFT_TASKED", ViolationSeverity.Blocking), ("NIGHT_NOT_AUTHORISED", ViolationSeverity.Blocking)),
        ]);

        MeasuredCosting.Cost(decision).Should().BeEmpty();
    }

    [Fact]
    public void A_nearer_facility_that_was_diverting_costs_the_extra_flight()
    {
        var decision = new TaskingDecision("ac-1", "fac-far", "duty", At(10, 12), null,
        [
            Option(1, "ac-1", "fac-near", At(10, 50), ("FACILITY_DIVERTING", ViolationSeverity.Blocking)),
            Option(2, "ac-1", "fac-far", At(11, 5)),
        ]);

        var cost = MeasuredCosting.Cost(decision).Should().ContainSingle().Subject;
        cost.Class.Should().Be(ImpedimentClass.FacilityDiverting);
        cost.Minutes.Should().Be(15);
    }

    [Fact]
    public void A_slower_blocked_option_costs_nothing()
    {
        var decision = new TaskingDecision("ac-1", "fac-2", "duty", At(10, 12), null,
        [
            Option(1, "ac-1", "fac-2", At(10, 50)),
            Option(2, "ac-2", "fac-2", At(11, 5), ("AIRCRAFT_TASKED", ViolationSeverity.Blocking)),
        ]);

        MeasuredCosting.Cost(decision).Should().BeEmpty();
    }

    [Fact]
    public void A_warning_alone_does_not_make_an_option_blocked()
    {
        var decision = new TaskingDecision("ac-1", "fac-2", "duty", At(10, 12), null,
        [
            Option(1, "ac-1", "fac-2", At(11, 0)),
            Option(2, "ac-2", "fac-2", At(10, 40), ("CREW_REST", ViolationSeverity.Warning)),
        ]);

        MeasuredCosting.Cost(decision).Should().BeEmpty();
    }
}

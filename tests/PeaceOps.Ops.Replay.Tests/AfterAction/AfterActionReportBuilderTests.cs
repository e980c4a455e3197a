using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using static PeaceOps.Ops.Replay.Tests.Support.Scripted;

namespace PeaceOps.Ops.Replay.Tests.AfterAction;

public sealed class AfterActionReportBuilderTests
{
    // Injured 10:00, reported 10:05, options 10:07, tasked 10:12, wheels-up 10:40, at pickup 10:58, at the Level II 11:35.
    private static readonly IncidentMilestones Flown = new(
        OptionsShownAt: At(10, 7), TaskedAt: At(10, 12), LaunchedAt: At(10, 40), AtPickupAt: At(10, 58),
        PatientsOnBoardAt: At(11, 5), AtFacilityAt: At(11, 35), ClosedAt: At(11, 50));

    [Fact]
    public void Phases_of_a_scripted_incident_have_the_hand_counted_durations()
    {
        var report = AfterActionReportBuilder.Build(Incident(milestones: Flown), [], At(12, 0));

        report.Phases.Select(p => (p.Phase, p.Minutes)).Should().Equal(
            (IncidentPhase.Report, 5.0), (IncidentPhase.Options, 2.0), (IncidentPhase.Approval, 5.0),
            (IncidentPhase.Launch, 28.0), (IncidentPhase.Pickup, 18.0), (IncidentPhase.Handover, 37.0));
        report.TotalMinutes.Should().Be(95);
    }

    [Fact]
    public void Arrival_at_95_minutes_misses_the_1_hour_mark_by_35_and_makes_the_2_hour_mark_by_25()
    {
        var report = AfterActionReportBuilder.Build(Incident(milestones: Flown), [], At(12, 0));

        var resuscitation = report.Clocks.Single(c => c.Mark == ClockMark.Resuscitation);
        resuscitation.Verdict.Should().Be(ClockVerdict.Missed);
        resuscitation.DueAt.Should().Be(At(11, 0));
        resuscitation.MarginMinutes.Should().Be(-35);
        var surgery = report.Clocks.Single(c => c.Mark == ClockMark.Surgery);
        surgery.Verdict.Should().Be(ClockVerdict.Met);
        surgery.MarginMinutes.Should().Be(25);
    }

    [Fact]
    public void A_lift_to_a_level_I_reaches_resuscitation_but_not_surgery()
    {
        var history = Incident(milestones: Flown with { AtFacilityAt = At(10, 50) }, level: FacilityLevel.LevelI);

        var beforeDue = AfterActionReportBuilder.Clocks(history, At(11, 30));
        var afterDue = AfterActionReportBuilder.Clocks(history, At(12, 30));

        beforeDue[0].Verdict.Should().Be(ClockVerdict.Met);
        beforeDue[0].MarginMinutes.Should().Be(10);
        beforeDue[1].Verdict.Should().Be(ClockVerdict.Pending);
        afterDue[1].Verdict.Should().Be(ClockVerdict.Missed);
        afterDue[1].MarginMinutes.Should().Be(-30);
    }

    [Fact]
    public void An_open_incident_is_pending_with_the_chosen_option_s_arrival_as_prediction()
    {
        var decision = new TaskingDecision("ac-1", "fac-2", "duty", At(10, 12), null, [Option(1, "ac-1", "fac-2", At(10, 55))]);
        var history = Incident(milestones: new IncidentMilestones(At(10, 7), At(10, 12)), decision: decision, status: IncidentStatus.Tasked);

        var clocks = AfterActionReportBuilder.Clocks(history, At(10, 15));

        clocks.Should().AllSatisfy(c => c.Verdict.Should().Be(ClockVerdict.Pending));
        clocks[0].PredictedAt.Should().Be(At(10, 55));
    }

    [Fact]
    public void A_cancelled_incident_has_no_clock_to_judge()
    {
        var history = Incident(milestones: new IncidentMilestones(CancelledAt: At(10, 20)), status: IncidentStatus.Cancelled);

        AfterActionReportBuilder.Clocks(history, At(13, 0)).Should().AllSatisfy(c => c.Verdict.Should().Be(ClockVerdict.NotApplicable));
    }

    [Fact]
    public void The_decision_shows_the_chosen_option_its_rank_the_alternatives_and_the_override_reason()
    {
        var shown = new[]
        {
            Option(1, "ac-1", "fac-2", At(11, 0), ("NIGHT_NOT_AUTHORISED", ViolationSeverity.Blocking)),
            Option(2, "ac-2", "fac-2", At(11, 20)),
        };
        var decision = new TaskingDecision("ac-1", "fac-2", "duty", At(10, 12), "casualty will not survive the wait", shown);

        var report = AfterActionReportBuilder.Build(Incident(milestones: Flown, decision: decision), [], At(12, 0));

        report.Decision!.ChosenRank.Should().Be(1);
        report.Decision.OverrideReason.Should().Be("casualty will not survive the wait");
        report.Decision.Alternatives.Should().ContainSingle().Which.AircraftId.Should().Be("ac-2");
    }

    [Fact]
    public void Impediments_are_listed_costliest_first()
    {
        ImpedimentCost[] costs =
        [
            new(ImpedimentClass.AirspaceClearance, 18, CostBasis.WhatIf, "restricted zone R-12 without clearance", "r-12"),
            new(ImpedimentClass.NightFlightRestriction, 95, CostBasis.WhatIf, "night flight not authorised"),
        ];

        var report = AfterActionReportBuilder.Build(Incident(milestones: Flown), costs, At(12, 0));

        report.Impediments.Select(i => i.Minutes).Should().Equal(95, 18);
        report.ImpedimentMinutes.Should().Be(113);
    }
}

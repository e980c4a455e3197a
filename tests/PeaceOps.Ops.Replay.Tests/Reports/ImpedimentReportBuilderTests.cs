using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Reports;
using static PeaceOps.Ops.Replay.Tests.Support.Scripted;

namespace PeaceOps.Ops.Replay.Tests.Reports;

public sealed class ImpedimentReportBuilderTests
{
    // A: urgent-surgical, at the Level II at 11:35 (95 min): 1 h missed, 2 h met; night +95, R-12 +18.
    // B: urgent-surgical, at the Level II at 10:50 (50 min): both met; night +30.
    // C: priority, cancelled. E: urgent, tasked at 13:10 and still open at 13:30. D: reported the day before.
    private static readonly IncidentAnalysis[] Incidents =
    [
        new(Incident("A", milestones: new(At(10, 7), At(10, 12), At(10, 40), At(10, 58), At(11, 5), At(11, 35))),
        [
            new(ImpedimentClass.NightFlightRestriction, 95, CostBasis.WhatIf, "night flight not authorised"),
            new(ImpedimentClass.AirspaceClearance, 18, CostBasis.WhatIf, "restricted zone R-12 without clearance", "r-12"),
        ]),
        new(Incident("B", milestones: new(At(10, 6), At(10, 8), At(10, 20), At(10, 30), At(10, 35), At(10, 50))),
        [
            new(ImpedimentClass.NightFlightRestriction, 30, CostBasis.WhatIf, "night flight not authorised"),
        ]),
        new(Incident("C", Precedence.Priority, milestones: new(CancelledAt: At(10, 30)), status: IncidentStatus.Cancelled), []),
        new(Incident("E", Precedence.Urgent, At(13, 0), At(13, 2), new(At(13, 5), At(13, 10)), status: IncidentStatus.Tasked), []),
        new(Incident("D", Precedence.Urgent, Day.AddHours(-5), Day.AddHours(-4.9)), [
            new(ImpedimentClass.NoAvailableAircraft, 40, CostBasis.Measured, "aircraft ac-9 not available"),
        ]),
    ];

    private static ImpedimentReport Report() => ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 30), Incidents);

    [Fact]
    public void Counts_incidents_reported_in_the_period_evacuations_and_cancellations()
    {
        var report = Report();

        report.Incidents.Should().Be(4);
        report.Evacuations.Should().Be(2);
        report.Cancelled.Should().Be(1);
    }

    [Fact]
    public void Shares_of_the_marks_count_only_judged_incidents_by_precedence()
    {
        var report = Report();

        var surgical = report.ByPrecedence.Single(p => p.Precedence == Precedence.UrgentSurgical);
        surgical.Incidents.Should().Be(2);
        surgical.ResuscitationShare.Should().Be(0.5);
        surgical.SurgeryShare.Should().Be(1.0);
        var urgent = report.ByPrecedence.Single(p => p.Precedence == Precedence.Urgent);
        urgent.Incidents.Should().Be(1);
        urgent.ResuscitationJudged.Should().Be(0, "E is still within its hour");
        urgent.ResuscitationShare.Should().BeNull();
        report.ByPrecedence.Single(p => p.Precedence == Precedence.Priority).SurgeryJudged.Should().Be(0, "C was cancelled");
    }

    [Fact]
    public void Phase_median_and_p90_are_over_the_incidents_that_completed_the_phase()
    {
        var report = Report();

        var handover = report.Phases.Single(p => p.Phase == IncidentPhase.Handover);
        handover.Count.Should().Be(2);
        handover.MedianMinutes.Should().BeApproximately(28.5, 1e-9);
        handover.P90Minutes.Should().BeApproximately(35.3, 1e-9);
        var approval = report.Phases.Single(p => p.Phase == IncidentPhase.Approval);
        approval.Count.Should().Be(3);
        approval.MedianMinutes.Should().Be(5);
    }

    [Fact]
    public void Minutes_per_impediment_class_add_up_the_incidents_of_the_period_only()
    {
        var report = Report();

        report.Impediments.Select(i => (i.Class, i.Incidents, i.Minutes)).Should().Equal(
            (ImpedimentClass.NightFlightRestriction, 2, 125.0),
            (ImpedimentClass.AirspaceClearance, 1, 18.0),
            (ImpedimentClass.NoAvailableAircraft, 0, 0.0),
            (ImpedimentClass.FacilityDiverting, 0, 0.0));
        report.Zones.Should().ContainSingle().Which.Should().Be(new ZoneImpediment("r-12", "restricted zone R-12 without clearance", 1, 18));
    }

    [Fact]
    public void Incidents_whose_what_if_is_not_yet_priced_are_counted_as_pending_within_the_period_only()
    {
        IncidentAnalysis[] incidents =
        [
            Incidents[0],
            Incidents[1] with { Costs = [], WhatIfPending = true },
            Incidents[4] with { WhatIfPending = true },
        ];

        var report = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 30), incidents);

        report.WhatIfPending.Should().Be(1, "D, also pending, was reported the day before");
        report.Impediments.Single(i => i.Class == ImpedimentClass.NightFlightRestriction).Minutes.Should().Be(95, "B's night minutes are not yet known");
        report.Incidents.Should().Be(2, "a pending incident still counts in the measured figures");
    }
}

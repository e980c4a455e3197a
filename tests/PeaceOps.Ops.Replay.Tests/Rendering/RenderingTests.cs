using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Reports;
using PeaceOps.Ops.Replay.Rendering;
using static PeaceOps.Ops.Replay.Tests.Support.Scripted;

namespace PeaceOps.Ops.Replay.Tests.Rendering;

public sealed class RenderingTests
{
    private static AfterActionReport Aar(string overrideReason = "no other aircraft")
    {
        var decision = new TaskingDecision("ac-1", "fac-2", "duty", At(10, 12), overrideReason,
        [
            Option(1, "ac-1", "fac-2", At(11, 35), ("NIGHT_NOT_AUTHORISED", ViolationSeverity.Blocking)),
            Option(2, "ac-2", "fac-2", At(11, 50)),
        ]);
        var history = Incident(milestones: new(At(10, 7), At(10, 12), At(10, 40), At(10, 58), At(11, 5), At(11, 35)), decision: decision);
        return AfterActionReportBuilder.Build(history,
            [new(ImpedimentClass.NightFlightRestriction, 95, CostBasis.WhatIf, "night flight not authorised")], At(12, 0));
    }

    [Fact]
    public void The_printable_aar_shows_the_outcome_the_decision_and_the_cost_of_each_constraint()
    {
        var html = AfterActionHtml.Render(Aar());

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("Missed").And.Contain("-35.0").And.Contain("25.0");
        html.Should().Contain("night flight not authorised").And.Contain("+95.0");
        html.Should().Contain("NIGHT_NOT_AUTHORISED").And.Contain("no other aircraft");
        html.Should().Contain("@media print");
    }

    [Fact]
    public void A_report_with_what_if_costs_pending_says_so_on_paper_and_in_the_spreadsheet()
    {
        var history = Incident(milestones: new(At(10, 7)));
        var pending = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 0), [new IncidentAnalysis(history, [], WhatIfPending: true)]);
        var complete = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 0), [new IncidentAnalysis(history, [])]);

        ImpedimentReportHtml.Render(pending).Should().Contain("What-if costs pending for 1 incident(s)");
        ImpedimentReportHtml.Render(complete).Should().NotContain("What-if costs pending");
        ImpedimentReportCsv.Render(pending).Should().Contain("totals,whatIfPending,count,1\r\n");
        ImpedimentReportCsv.Render(complete).Should().Contain("totals,whatIfPending,count,0\r\n");
        AfterActionHtml.Render(AfterActionReportBuilder.Build(history, [], At(13, 0), whatIfPending: true)).Should().Contain("What-if costs pending");
        AfterActionHtml.Render(AfterActionReportBuilder.Build(history, [], At(13, 0))).Should().NotContain("What-if costs pending");
    }

    [Fact]
    public void The_printable_aar_needs_no_external_asset()
    {
        var html = AfterActionHtml.Render(Aar());

        html.Should().NotContainAny("<script", "<link", "src=", "http://", "https://", "url(");
    }

    [Fact]
    public void Text_typed_by_users_is_escaped_in_the_page()
    {
        var html = AfterActionHtml.Render(Aar("<script>alert(1)</script>"));

        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void The_csv_has_one_figure_per_row_under_a_header()
    {
        var report = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 0), [new(Incident("A"), [
            new(ImpedimentClass.AirspaceClearance, 18.25, CostBasis.WhatIf, "restricted zone R-12, north", "r-12,n")])]);

        var lines = ImpedimentReportCsv.Render(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("section,item,measure,value");
        lines.Should().Contain("impediment,airspaceClearance,minutes,18.25");
        lines.Should().Contain("totals,incidents,count,1");
        lines.Should().Contain("zone,\"r-12,n\",minutes,18.25");
    }

    [Fact]
    public void A_csv_field_that_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var report = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 0), [new(Incident("A"), [
            new(ImpedimentClass.AirspaceClearance, 5, CostBasis.WhatIf, "zone", "=HYPERLINK(\"x\")")])]);

        ImpedimentReportCsv.Render(report).Should().Contain("\"'=HYPERLINK(\"\"x\"\")\"").And.NotContain(",=HYPERLINK");
    }

    [Fact]
    public void The_printable_impediment_report_lists_every_class_and_precedence()
    {
        var report = ImpedimentReportBuilder.Build(Day, Day.AddDays(1), At(13, 0), [new(Incident("A"), [])]);

        var html = ImpedimentReportHtml.Render(report);

        html.Should().Contain("Night-flight restriction").And.Contain("Airspace clearance")
            .And.Contain("No available aircraft").And.Contain("Facility diverting").And.Contain("UrgentSurgical");
        html.Should().NotContainAny("<script", "<link", "http://", "https://");
    }
}

using System.Globalization;
using System.Text;
using PeaceOps.Ops.Replay.AfterAction;
using static PeaceOps.Ops.Replay.Rendering.ReportFormat;

namespace PeaceOps.Ops.Replay.Rendering;

/// <summary>The after-action report as a printable page (Accept: text/html).</summary>
public static class AfterActionHtml
{
    public static string Render(AfterActionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>After-action report — incident {Html(report.IncidentId)}</title>
            {Style}</head><body>
            <h1>After-action report — CASEVAC incident {Html(report.IncidentId)}</h1>
            <p class="meta">Precedence {Html(report.Precedence.ToString())} · {report.Patients} patient(s) · pickup {Html(report.PickupMgrs)}
            ({report.Pickup.Lat.ToString("0.00000", CultureInfo.InvariantCulture)}, {report.Pickup.Lon.ToString("0.00000", CultureInfo.InvariantCulture)})
            · status {Html(report.Status.ToString())} · as of {Time(report.AsOf)}</p>
            <p class="meta">Injured {Time(report.InjuredAt)} · reported {Time(report.ReportedAt)} by {Html(report.ReportedBy)}
            · injury to facility {Minutes(report.TotalMinutes)} min</p>
            <h2>10-1-2 outcome</h2>
            <table><tr><th>Mark</th><th>Due</th><th>Reached</th><th>Outcome</th><th>Margin (min)</th><th>Predicted</th></tr>
            """);
        foreach (var clock in report.Clocks)
        {
            var css = clock.Verdict switch { ClockVerdict.Met => "met", ClockVerdict.Missed => "missed", _ => "pending" };
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html(Label(clock.Mark))}</td><td>{Time(clock.DueAt)}</td><td>{Time(clock.ReachedAt)}</td><td class=\"{css}\">{clock.Verdict}</td><td class=\"n\">{Minutes(clock.MarginMinutes)}</td><td>{Time(clock.PredictedAt)}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Timeline of phases</h2>\n<table><tr><th>Phase</th><th>Started</th><th>Ended</th><th>Minutes</th></tr>\n");
        foreach (var phase in report.Phases)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html(Label(phase.Phase))}</td><td>{Time(phase.StartedAt)}</td><td>{Time(phase.EndedAt)}</td><td class=\"n\">{Minutes(phase.Minutes)}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Decision</h2>\n");
        AppendDecision(html, report.Decision);
        html.Append("<h2>Constraints that cost time</h2>\n");
        if (report.WhatIfPending)
        {
            html.Append("<p class=\"whatif-pending\">What-if costs pending: the engine has not yet priced this incident with each constraint lifted; only measured costs are shown. Ask again in a minute.</p>\n");
        }

        if (report.Impediments.Count == 0)
        {
            html.Append(report.WhatIfPending ? "<p>No measured cost.</p>\n" : "<p>No constraint cost measurable time.</p>\n");
        }
        else
        {
            html.Append("<table><tr><th>Constraint</th><th>Class</th><th>Cost (min)</th><th>Basis</th></tr>\n");
            foreach (var cost in report.Impediments)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Html(cost.Description)}</td><td>{Html(Label(cost.Class))}</td><td class=\"n\">+{Minutes(cost.Minutes)}</td><td>{(cost.Basis == CostBasis.WhatIf ? "what-if (engine, constraint lifted)" : "measured (options shown)")}{(cost.Note is null ? string.Empty : $"<br><em>{Html(cost.Note)}</em>")}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Recorded events</h2>\n<table><tr><th>At</th><th>Event</th><th>By</th><th>Summary</th></tr>\n");
        foreach (var entry in report.Timeline)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Time(entry.At)}</td><td>{Html(entry.Type)}</td><td>{Html(entry.Actor)}</td><td>{Html(entry.Summary)}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static void AppendDecision(StringBuilder html, DecisionRecord? decision)
    {
        if (decision is null)
        {
            html.Append("<p>Not tasked yet.</p>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<p>Aircraft <b>{Html(decision.AircraftId)}</b> to facility <b>{Html(decision.FacilityId)}</b> (rank {decision.ChosenRank?.ToString(CultureInfo.InvariantCulture) ?? "—"}), approved by {Html(decision.ApprovedBy)} at {Time(decision.ApprovedAt)}.");
        if (decision.OverrideReason is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $" Override reason: “{Html(decision.OverrideReason)}”.");
        }

        html.Append("</p>\n<p class=\"meta\">The options exactly as they were shown to the duty officer:</p>\n");
        html.Append("<table><tr><th>Rank</th><th>Aircraft</th><th>Facility</th><th>Feasible</th><th>Pickup ETA</th><th>Facility ETA</th><th>1 h</th><th>2 h</th><th>Violations</th></tr>\n");
        var options = (decision.Chosen is null ? decision.Alternatives : decision.Alternatives.Append(decision.Chosen)).OrderBy(o => o.Rank);
        foreach (var o in options)
        {
            var chosen = ReferenceEquals(o, decision.Chosen) ? " class=\"chosen\"" : string.Empty;
            var violations = string.Join("<br>", o.Violations.Select(v => $"{Html(v.Code)} ({v.Severity.ToString().ToLowerInvariant()}): {Html(v.Message)}"));
            html.Append(CultureInfo.InvariantCulture,
                $"<tr{chosen}><td class=\"n\">{o.Rank}</td><td>{Html(o.AircraftId)}</td><td>{Html(o.FacilityId)}</td><td>{(o.Feasible ? "yes" : "no")}</td><td>{Time(o.PickupEta)}</td><td>{Time(o.FacilityEta)}</td><td>{(o.MeetsResuscitation ? "yes" : "no")}</td><td>{(o.MeetsSurgery ? "yes" : "no")}</td><td>{violations}</td></tr>\n");
        }

        html.Append("</table>\n");
    }
}

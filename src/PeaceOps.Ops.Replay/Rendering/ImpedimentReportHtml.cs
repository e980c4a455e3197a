using System.Globalization;
using System.Text;
using PeaceOps.Ops.Replay.Reports;
using static PeaceOps.Ops.Replay.Rendering.ReportFormat;

namespace PeaceOps.Ops.Replay.Rendering;

/// <summary>The mission impediment report as a printable page: the evidence for night-flight authorisation and airspace access.</summary>
public static class ImpedimentReportHtml
{
    public static string Render(ImpedimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Mission impediment report {Time(report.From)} – {Time(report.To)}</title>
            {Style}</head><body>
            <h1>Mission impediment report</h1>
            <p class="meta">Period {Time(report.From)} to {Time(report.To)} · as of {Time(report.AsOf)}</p>
            <p>{report.Incidents} incident(s) reported · {report.Evacuations} casualty evacuation(s) completed · {report.Cancelled} cancelled.</p>
            {Pending(report.WhatIfPending)}<h2>Minutes attributed to each impediment</h2>
            <table><tr><th>Impediment</th><th>Incidents affected</th><th>Minutes</th></tr>
            """);
        foreach (var total in report.Impediments)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html(Label(total.Class))}</td><td class=\"n\">{total.Incidents}</td><td class=\"n\">{Minutes(total.Minutes)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (report.Zones.Count > 0)
        {
            html.Append("<h2>Airspace, zone by zone</h2>\n<table><tr><th>Zone</th><th>Incidents affected</th><th>Minutes</th></tr>\n");
            foreach (var zone in report.Zones)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Html(zone.Description)} ({Html(zone.ZoneId)})</td><td class=\"n\">{zone.Incidents}</td><td class=\"n\">{Minutes(zone.Minutes)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>10-1-2 marks by precedence</h2>\n<table><tr><th>Precedence</th><th>Incidents</th><th>1 h met</th><th>1 h share</th><th>2 h met</th><th>2 h share</th></tr>\n");
        foreach (var p in report.ByPrecedence)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html(p.Precedence.ToString())}</td><td class=\"n\">{p.Incidents}</td><td class=\"n\">{p.ResuscitationMet} / {p.ResuscitationJudged}</td><td class=\"n\">{Share(p.ResuscitationShare)}</td><td class=\"n\">{p.SurgeryMet} / {p.SurgeryJudged}</td><td class=\"n\">{Share(p.SurgeryShare)}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Time per phase</h2>\n<table><tr><th>Phase</th><th>Incidents</th><th>Median (min)</th><th>p90 (min)</th></tr>\n");
        foreach (var phase in report.Phases)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html(Label(phase.Phase))}</td><td class=\"n\">{phase.Count}</td><td class=\"n\">{Minutes(phase.MedianMinutes)}</td><td class=\"n\">{Minutes(phase.P90Minutes)}</td></tr>\n");
        }

        html.Append("""
            </table>
            <p class="meta">Shares count only incidents whose mark is decided (met or missed). Night-flight and airspace minutes are the
            tasking engine's what-if on the recorded inputs (constraint lifted); aircraft and facility minutes are read from the options shown.
            Percentiles interpolate between ranks (spreadsheet PERCENTILE.INC).</p>
            </body></html>

            """);
        return html.ToString();
    }
}

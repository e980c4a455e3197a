using System.Globalization;
using System.Text;
using PeaceOps.Ops.Replay.Reports;

namespace PeaceOps.Ops.Replay.Rendering;

/// <summary>
/// The impediment report as one CSV table (RFC 4180) that a spreadsheet opens as is: one row per figure, with the
/// section, the item, the measure and the value, so totals can be pivoted and checked.
/// </summary>
public static class ImpedimentReportCsv
{
    public static string Render(ImpedimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append("section,item,measure,value\r\n");
        Row(csv, "period", "from", "utc", ReportFormat.Time(report.From));
        Row(csv, "period", "to", "utc", ReportFormat.Time(report.To));
        Row(csv, "period", "asOf", "utc", ReportFormat.Time(report.AsOf));
        Row(csv, "totals", "incidents", "count", Number(report.Incidents));
        Row(csv, "totals", "evacuations", "count", Number(report.Evacuations));
        Row(csv, "totals", "cancelled", "count", Number(report.Cancelled));
        // Always written, 0 included: a spreadsheet reading the minutes must be able to tell "complete" from "not yet priced".
        Row(csv, "totals", "whatIfPending", "count", Number(report.WhatIfPending));
        foreach (var total in report.Impediments)
        {
            var item = Camel(total.Class.ToString());
            Row(csv, "impediment", item, "incidents", Number(total.Incidents));
            Row(csv, "impediment", item, "minutes", Number(total.Minutes));
        }

        foreach (var zone in report.Zones)
        {
            Row(csv, "zone", zone.ZoneId, "incidents", Number(zone.Incidents));
            Row(csv, "zone", zone.ZoneId, "minutes", Number(zone.Minutes));
        }

        foreach (var p in report.ByPrecedence)
        {
            var item = Camel(p.Precedence.ToString());
            Row(csv, "precedence", item, "incidents", Number(p.Incidents));
            Row(csv, "precedence", item, "resuscitationMet", Number(p.ResuscitationMet));
            Row(csv, "precedence", item, "resuscitationJudged", Number(p.ResuscitationJudged));
            Row(csv, "precedence", item, "resuscitationShare", Number(p.ResuscitationShare));
            Row(csv, "precedence", item, "surgeryMet", Number(p.SurgeryMet));
            Row(csv, "precedence", item, "surgeryJudged", Number(p.SurgeryJudged));
            Row(csv, "precedence", item, "surgeryShare", Number(p.SurgeryShare));
        }

        foreach (var phase in report.Phases)
        {
            var item = Camel(phase.Phase.ToString());
            Row(csv, "phase", item, "incidents", Number(phase.Count));
            Row(csv, "phase", item, "medianMinutes", Number(phase.MedianMinutes));
            Row(csv, "phase", item, "p90Minutes", Number(phase.P90Minutes));
        }

        return csv.ToString();
    }

    private static string Number(double? value) =>
        value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static void Row(StringBuilder csv, string section, string item, string measure, string value) =>
        csv.Append(Field(section)).Append(',').Append(Field(item)).Append(',').Append(Field(measure)).Append(',').Append(Field(value)).Append("\r\n");

    /// <summary>Quotes a field when it holds a comma, quote or line break; a leading =+-@ is prefixed so a spreadsheet never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

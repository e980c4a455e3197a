using System.Globalization;
using System.Net;
using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Rendering;

/// <summary>How figures read on paper: UTC times with Z, minutes to one decimal, shares as whole percentages.</summary>
internal static class ReportFormat
{
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "—";

    public static string Minutes(double? minutes) =>
        minutes is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Share(double? share) =>
        share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    /// <summary>
    /// The printed warning that what-if minutes are missing: on paper nobody sees a JSON field, and a report that
    /// silently under-counts night-flight minutes would argue against the authorisation it is meant to support.
    /// </summary>
    public static string Pending(int incidents) => incidents == 0
        ? string.Empty
        : $"<p class=\"whatif-pending\">What-if costs pending for {incidents.ToString(CultureInfo.InvariantCulture)} incident(s): "
          + "they are still being priced in the background, so the what-if minutes below are a floor; the measured figures are complete.</p>\n";

    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Label(ImpedimentClass impediment) => impediment switch
    {
        ImpedimentClass.NightFlightRestriction => "Night-flight restriction",
        ImpedimentClass.AirspaceClearance => "Airspace clearance",
        ImpedimentClass.NoAvailableAircraft => "No available aircraft",
        ImpedimentClass.FacilityDiverting => "Facility diverting",
        _ => impediment.ToString(),
    };

    public static string Label(IncidentPhase phase) => phase switch
    {
        IncidentPhase.Report => "Report (injury → 9-line)",
        IncidentPhase.Options => "Options (9-line → options shown)",
        IncidentPhase.Approval => "Approval (options → tasking)",
        IncidentPhase.Launch => "Launch (tasking → wheels-up)",
        IncidentPhase.Pickup => "Pickup (wheels-up → at pickup)",
        IncidentPhase.Handover => "Handover (pickup → at facility)",
        _ => phase.ToString(),
    };

    public static string Label(ClockMark mark) => mark switch
    {
        ClockMark.Resuscitation => "1 h — advanced resuscitation",
        ClockMark.Surgery => "2 h — damage-control surgery",
        _ => mark.ToString(),
    };

    /// <summary>Printable A4 pages with no external assets: the page must print in a tent without a network.</summary>
    public const string Style = """
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;margin:2rem;line-height:1.4}
        h1{font-size:1.5rem;margin:0 0 .25rem} h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #333}
        table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#eee} td.n{text-align:right;font-variant-numeric:tabular-nums}
        .met{color:#075e07;font-weight:600} .missed{color:#a00;font-weight:600} .pending{color:#555}
        .meta{color:#444;font-size:.9rem} .chosen{background:#eef6ff}
        .whatif-pending{border:2px solid #b36b00;background:#fff4e0;padding:.5rem .75rem;font-weight:600}
        @media print{body{margin:1cm} h2{break-after:avoid} tr{break-inside:avoid} a{color:inherit}}
        @page{size:A4;margin:1.5cm}
        </style>
        """;
}

using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>GET /incidents/{id} as CONTRACT.md shows it: id, status, precedence, pickup{lat,lon,mgrs}, injuredAt, clocks, tasking?, timeline.</summary>
public sealed record IncidentDetailView(
    string Id,
    string Status,
    string Precedence,
    PickupView Pickup,
    DateTimeOffset InjuredAt,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    IncidentClocks Clocks,
    IncidentTaskingView? Tasking,
    ReplanFlag? Replan,
    string? StatusReason,
    IReadOnlyList<TimelineEntry> Timeline,
    NineLine NineLine,
    long Version)
{
    public static IncidentDetailView From(IncidentSnapshot s) => new(
        s.Id,
        WireNames.Of(s.Status),
        WireNames.Of(s.Precedence),
        new PickupView(s.NineLine.PickupLat, s.NineLine.PickupLon, s.NineLine.PickupMgrs),
        s.InjuredAt,
        s.ReportedAt,
        s.ReportedBy,
        s.Clocks,
        s.Tasking is { } t ? new IncidentTaskingView(t.AircraftId, t.FacilityId, t.ApprovedBy, t.ApprovedAt, t.OverrideReason, t.Option is null ? null : OptionView.From(t.Option)) : null,
        s.Replan,
        s.StatusReason,
        s.Timeline,
        s.NineLine,
        s.Version);
}

public sealed record IncidentTaskingView(string AircraftId, string FacilityId, string ApprovedBy, DateTimeOffset ApprovedAt, string? OverrideReason, OptionView? Option);

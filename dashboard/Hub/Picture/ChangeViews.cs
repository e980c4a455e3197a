using PeaceOps.Ops.Contracts.Notifications;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>From the grains' change records to the wire's flat <see cref="ChangeView"/>.</summary>
public static class ChangeViews
{
    public static ChangeView ToView(this OpsChange change)
    {
        var view = new ChangeView(change.Sequence, change.At, KindOf(change));
        return change switch
        {
            AircraftMoved m => view with { AircraftId = m.AircraftId, Position = m.Position.ToView(), EnduranceRemainingMinutes = m.EnduranceRemainingMinutes },
            AircraftChanged a => view with { AircraftId = a.Aircraft.Id, Aircraft = a.Aircraft.ToView() },
            FacilityChanged f => view with { Facility = f.Facility.ToView() },
            IncidentCreated c => view with { IncidentId = c.Incident.Id, Incident = c.Incident.ToView() },
            IncidentUpdated u => view with { IncidentId = u.Incident.Id, Incident = u.Incident.ToView() },
            IncidentOptionsUpdated o => view with { IncidentId = o.IncidentId, OptionCount = o.OptionCount, Best = o.Best is null ? null : OptionView.From(o.Best) },
            ReplanFlagged r => view with { IncidentId = r.IncidentId, Reason = r.Reason, Cause = r.Cause },
            AirspaceZoneChanged z => view with { ZoneId = z.Zone.Id, Zone = z.Zone.ToView(change.At) },
            AirspaceZoneRemoved z => view with { ZoneId = z.ZoneId },
            LandingSiteChanged s => view with { Site = s.Site },
            MissionSettingsChanged s => view with { Settings = s.Settings },
            _ => view,
        };
    }

    /// <summary>"aircraftMoved" for AircraftMoved: the same discriminator the contracts' JSON uses.</summary>
    public static string KindOf(OpsChange change) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(change.GetType().Name);
}

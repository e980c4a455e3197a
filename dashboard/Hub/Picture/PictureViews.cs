using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>From the grains' snapshots to the wire shapes of CONTRACT.md (one mapping for the REST API and the hub).</summary>
public static class PictureViews
{
    public static PictureView ToView(this PictureSnapshot picture) => new(
        picture.AsOf,
        picture.Sequence,
        picture.Epoch,
        picture.Aircraft.Select(ToView).ToArray(),
        picture.Facilities.Select(ToView).ToArray(),
        picture.Incidents.OrderBy(i => i.IsOpen ? 0 : 1).ThenByDescending(i => i.InjuredAt).Select(ToView).ToArray(),
        picture.Airspace.Select(z => z.ToView(picture.AsOf)).ToArray(),
        picture.LandingSites,
        picture.Settings);

    public static AircraftView ToView(this AircraftSnapshot aircraft) => new(
        aircraft.Id,
        aircraft.Profile.Callsign,
        aircraft.Profile.Type,
        WireNames.Of(aircraft.Status),
        aircraft.Profile.BaseId,
        aircraft.Profile.NvgCapable,
        aircraft.Profile.Litters,
        aircraft.Position?.ToView(),
        aircraft.Profile.Seats,
        aircraft.Profile.Hoist,
        aircraft.Profile.BasePosition.ToView(),
        aircraft.EnduranceRemainingMinutes,
        aircraft.Tasking is { } t ? new AircraftTaskingView(t.IncidentId, t.FacilityId, t.TaskedAt, t.TaskedBy) : null,
        aircraft.StatusNote,
        aircraft.StatusChangedAt);

    public static PositionView ToView(this AircraftPosition p) => new(p.Lat, p.Lon, p.AltitudeM, p.HeadingDeg, p.SpeedKts, p.ReportedAt);

    public static PointView ToView(this GeoPoint p) => new(p.Lat, p.Lon);

    public static FacilityView ToView(this FacilitySnapshot f) => new(
        f.Id,
        f.Profile.Name,
        WireNames.Of(f.Profile.Level),
        WireNames.Of(f.Status),
        f.Profile.Position.ToView(),
        f.AvailableBeds,
        f.AvailableOperatingTables,
        f.Profile.Beds,
        f.Profile.OperatingTables,
        f.Profile.Surgery,
        f.Profile.HelipadNightCapable,
        f.Note,
        f.UpdatedAt,
        f.UpdatedBy);

    public static IncidentView ToView(this IncidentSummary i) => new(
        i.Id,
        WireNames.Of(i.Status),
        WireNames.Of(i.Precedence),
        new PickupView(i.Pickup.Lat, i.Pickup.Lon, i.PickupMgrs),
        i.InjuredAt,
        i.Clocks,
        i.AircraftId,
        i.FacilityId,
        i.ReplanFlagged,
        i.Patients,
        i.IsOpen,
        i.FacilityEta);

    public static AirspaceView ToView(this AirspaceZoneDto z, DateTimeOffset at) => new(
        z.Id,
        z.Name,
        WireNames.Of(z.Kind),
        new GeoJsonPolygon(z.Rings.Select(ring => (IReadOnlyList<double[]>)ring.Select(p => new[] { p.Lon, p.Lat }).ToArray()).ToArray()),
        z.FloorFt,
        z.CeilingFt,
        z.IsActiveAt(at),
        z.ActiveFrom,
        z.ActiveTo,
        z.ClearanceLeadTimeHours,
        z.CasevacFastTrack,
        z.ClearedUntil);
}

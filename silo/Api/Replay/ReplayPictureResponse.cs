using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>The picture at a past moment in the shape of GET /api/v1/picture (CONTRACT.md), so one client view shows both.</summary>
public sealed record ReplayPictureResponse(
    DateTimeOffset AsOf,
    long Sequence,
    IReadOnlyList<ReplayPictureResponse.AircraftView> Aircraft,
    IReadOnlyList<ReplayPictureResponse.FacilityView> Facilities,
    IReadOnlyList<IncidentSummary> Incidents,
    IReadOnlyList<ReplayPictureResponse.ZoneView> Airspace,
    string PictureHash)
{
    public static ReplayPictureResponse From(PictureSnapshot picture, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return new ReplayPictureResponse(
            at,
            picture.Sequence,
            [.. picture.Aircraft.Select(a => new AircraftView(a.Id, a.Profile.Callsign, a.Profile.Type, a.Status, a.Profile.BaseId,
                a.Profile.NvgCapable, a.Profile.Litters, a.Position, a.Tasking?.IncidentId))],
            [.. picture.Facilities.Select(f => new FacilityView(f.Id, f.Profile.Name, f.Profile.Level, f.Status,
                new PointView(f.Profile.Position.Lat, f.Profile.Position.Lon), f.AvailableBeds, f.AvailableOperatingTables))],
            picture.Incidents,
            [.. picture.Airspace.Select(z => new ZoneView(z.Id, z.Name, z.Kind, GeometryView.From(z), z.FloorFt, z.CeilingFt, z.IsActiveAt(at)))],
            Ops.Replay.Picture.PictureHash.Compute(picture));
    }

    public sealed record AircraftView(string Id, string Callsign, string Type, AircraftStatus Status, string BaseId, bool NvgCapable, int Litters,
        AircraftPosition? Position, string? IncidentId);

    public sealed record FacilityView(string Id, string Name, FacilityLevel Level, FacilityStatus Status, PointView Position,
        int AvailableBeds, int AvailableOperatingTables);

    public sealed record PointView(double Lat, double Lon);

    public sealed record ZoneView(string Id, string Name, AirspaceKind Kind, GeometryView Geometry, double FloorFt, double CeilingFt, bool Active);

    /// <summary>GeoJSON Polygon: rings of [lon, lat].</summary>
    public sealed record GeometryView(string Type, IReadOnlyList<IReadOnlyList<double[]>> Coordinates)
    {
        public static GeometryView From(AirspaceZoneDto zone) =>
            new("Polygon", [.. zone.Rings.Select(r => (IReadOnlyList<double[]>)[.. r.Select(p => new[] { p.Lon, p.Lat })])]);
    }
}

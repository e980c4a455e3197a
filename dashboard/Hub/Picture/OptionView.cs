using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>A ranked tasking option as CONTRACT.md shows it: route as a GeoJSON LineString, legs, explained violations.</summary>
public sealed record OptionView(
    int Rank,
    string AircraftId,
    string FacilityId,
    bool Feasible,
    DateTimeOffset PickupEta,
    DateTimeOffset FacilityEta,
    bool MeetsResuscitation,
    bool MeetsSurgery,
    GeoJsonLineString Route,
    IReadOnlyList<LegView> Legs,
    IReadOnlyList<ViolationView> Violations,
    string Callsign,
    string FacilityName,
    DateTimeOffset? LaunchAt,
    DateTimeOffset? ResuscitationAt,
    DateTimeOffset? SurgeryAt)
{
    public static OptionView From(TaskingOptionDto o) => new(
        o.Rank,
        o.AircraftId,
        o.FacilityId,
        o.Feasible,
        o.PickupEta,
        o.FacilityEta,
        o.MeetsResuscitation,
        o.MeetsSurgery,
        new GeoJsonLineString(o.Route.Select(p => new[] { p.Lon, p.Lat }).ToArray()),
        o.Legs.Select(l => new LegView(l.From, l.To, l.DepartAt, l.ArriveAt, l.Night)).ToArray(),
        o.Violations.Select(v => new ViolationView(v.Code, WireNames.Of(v.Severity), v.Message)).ToArray(),
        o.Callsign,
        o.FacilityName,
        o.LaunchAt,
        o.ResuscitationAt,
        o.SurgeryAt);
}

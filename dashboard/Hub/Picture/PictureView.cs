using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>
/// The operations picture on the wire (GET /api/v1/picture and the hub's <c>snapshot</c>): every change whose sequence
/// is greater than <see cref="Sequence"/> applies on top of it.
/// </summary>
public sealed record PictureView(
    DateTimeOffset AsOf,
    long Sequence,
    string Epoch,
    IReadOnlyList<AircraftView> Aircraft,
    IReadOnlyList<FacilityView> Facilities,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<AirspaceView> Airspace,
    IReadOnlyList<LandingSiteDto> LandingSites,
    MissionSettingsDto Settings);

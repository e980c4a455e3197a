using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;

namespace PeaceOps.Ops.Contracts.Picture;

/// <summary>
/// The whole operations picture (GET /picture and the hub's snapshot). Every change with a sequence greater than
/// <see cref="Sequence"/> applies on top of it; changes are whole-entity upserts, so one that the snapshot already
/// contains is harmless to apply again.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.picture")]
public sealed record PictureSnapshot(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] string Epoch,
    [property: Id(2)] long Sequence,
    [property: Id(3)] IReadOnlyList<AircraftSnapshot> Aircraft,
    [property: Id(4)] IReadOnlyList<FacilitySnapshot> Facilities,
    [property: Id(5)] IReadOnlyList<IncidentSummary> Incidents,
    [property: Id(6)] IReadOnlyList<AirspaceZoneDto> Airspace,
    [property: Id(7)] IReadOnlyList<LandingSiteDto> LandingSites,
    [property: Id(8)] MissionSettingsDto Settings);

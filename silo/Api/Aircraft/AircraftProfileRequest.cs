namespace PeaceOps.Ops.Silo.Api.Aircraft;

/// <summary>
/// An airframe as the air operations centre registers it (PUT /api/v1/aircraft/{id}). <c>fixedWing</c> is optional and
/// false when absent, so clients written for helicopters keep working.
/// </summary>
public sealed record AircraftProfileRequest(
    string? Callsign,
    string? Type,
    string? BaseId,
    double? BaseLat,
    double? BaseLon,
    bool? NvgCapable,
    bool? CrewNvgCurrent,
    double? CruiseSpeedKmh,
    double? EnduranceMinutes,
    int? Litters,
    int? Seats,
    bool? Hoist,
    bool? FixedWing = null);

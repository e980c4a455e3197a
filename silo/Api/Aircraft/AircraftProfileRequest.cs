namespace PeaceOps.Ops.Silo.Api.Aircraft;

/// <summary>An airframe as the air operations centre registers it (PUT /api/v1/aircraft/{id}).</summary>
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
    bool? Hoist);

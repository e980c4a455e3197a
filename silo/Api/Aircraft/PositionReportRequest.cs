namespace PeaceOps.Ops.Silo.Api.Aircraft;

/// <summary>One tracker report as it arrives; every member nullable so that a missing one is named, not defaulted.</summary>
public sealed record PositionReportRequest(
    string? ReportId,
    DateTimeOffset? At,
    double? Lat,
    double? Lon,
    double? AltitudeM,
    double? HeadingDeg,
    double? SpeedKts,
    double? EnduranceRemainingMinutes = null);

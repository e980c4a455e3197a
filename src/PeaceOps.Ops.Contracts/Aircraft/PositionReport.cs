namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>
/// One report from the tracker. <see cref="ReportId"/> makes a resend harmless; a report older than the last accepted
/// one (by <see cref="At"/>) is ignored, because radios and satellite links deliver out of order.
/// <see cref="EnduranceRemainingMinutes"/> is optional: when absent the grain estimates it from the flight time.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.position-report")]
public sealed record PositionReport(
    [property: Id(0)] string ReportId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] double Lat,
    [property: Id(3)] double Lon,
    [property: Id(4)] double AltitudeM,
    [property: Id(5)] double HeadingDeg,
    [property: Id(6)] double SpeedKts,
    [property: Id(7)] double? EnduranceRemainingMinutes = null);

namespace PeaceOps.Ops.Storage.Positions;

/// <summary>A position report as the log holds it: times to the microsecond (UTC) and when it reached us.</summary>
public sealed record RecordedPositionReport(
    string AircraftId,
    string ReportId,
    DateTimeOffset At,
    double Latitude,
    double Longitude,
    double AltitudeM,
    double HeadingDeg,
    double SpeedKts,
    DateTimeOffset ReceivedAt);

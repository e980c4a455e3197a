namespace PeaceOps.Ops.Storage.Positions;

/// <summary>Where an aircraft said it was at <paramref name="At"/>; <paramref name="ReportId"/> is unique per aircraft.</summary>
public sealed record PositionReport(
    string AircraftId,
    string ReportId,
    DateTimeOffset At,
    double Latitude,
    double Longitude,
    double AltitudeM,
    double HeadingDeg,
    double SpeedKts);

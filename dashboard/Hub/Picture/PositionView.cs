namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record PositionView(double Lat, double Lon, double AltitudeM, double HeadingDeg, double SpeedKts, DateTimeOffset ReportedAt);

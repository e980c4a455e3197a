namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record PointView(double Lat, double Lon);

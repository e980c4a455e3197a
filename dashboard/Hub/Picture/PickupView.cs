namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record PickupView(double Lat, double Lon, string Mgrs);

namespace PeaceOps.Ops.Silo.Api.Reference;

internal sealed record LatLonResponse(double Lat, double Lon, double PrecisionMeters, string Mgrs);

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>Where a simulated aircraft is at a moment: what its tracker would report.</summary>
public sealed record FlightState(GeoPosition Position, double AltitudeM, double HeadingDeg, double SpeedKts, bool Airborne);

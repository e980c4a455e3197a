using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>A leg to fly, as the tasking option planned it (detours around zones are separate legs).</summary>
public sealed record FlightLeg(GeoPosition From, GeoPosition To, string ToName);

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// One piece of a simulated flight. Airborne phases fly the great circle From → To at constant ground speed, so
/// that the times match the planner's (distance / cruise speed); climb and descent change only the altitude.
/// </summary>
public sealed record FlightPhase(
    FlightPhaseKind Kind,
    GeoPosition From,
    GeoPosition To,
    string Destination,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool ClimbsAtStart,
    bool DescendsAtEnd)
{
    public TimeSpan Duration => End - Start;
}

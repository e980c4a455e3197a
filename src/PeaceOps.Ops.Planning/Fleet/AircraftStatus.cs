namespace PeaceOps.Ops.Planning.Fleet;

public enum AircraftStatus
{
    Available,
    Tasked,
    Airborne,
    Maintenance,
    CrewRest,
}

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// What the simulator needs of an aircraft and the mission's planning settings. Ground times are the planner's
/// (MissionSettings), so that simulated arrivals agree with the option's ETAs.
/// </summary>
public sealed record FlightPerformance(
    double CruiseSpeedKmh,
    double CruiseAltitudeM,
    TimeSpan GroundTimeAtPickup,
    TimeSpan GroundTimeAtFacility)
{
    /// <summary>Simplified climb and descent: altitude ramps over this time; ground speed stays at cruise.</summary>
    public static readonly TimeSpan ClimbTime = TimeSpan.FromMinutes(2);

    public double CruiseSpeedKts => CruiseSpeedKmh / 1.852;

    public TimeSpan TimeToFly(double meters) => TimeSpan.FromHours(meters / 1000 / CruiseSpeedKmh);
}

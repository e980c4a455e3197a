using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// The ground-ambulance leg of a fixed-wing option: from the moment the aircraft lands at the airfield nearest the
/// facility to the casualty's arrival there (Bamako-Sénou → Bamako Level III). The engine has no road network, so the
/// road is estimated from the straight line; the figures are stated here so a duty officer can check them.
/// </summary>
/// <param name="DepartAt">The aircraft's landing: the handover from aircraft to ambulance is part of the transfer.</param>
/// <param name="ArriveAt">The casualty's arrival at the facility: the option's facility ETA.</param>
/// <param name="RoadMeters">The estimated road distance, <see cref="StraightLineMeters"/> × <see cref="DetourFactor"/>.</param>
public sealed record RoadTransfer(Waypoint From, Waypoint To, DateTimeOffset DepartAt, DateTimeOffset ArriveAt, double StraightLineMeters, double RoadMeters)
{
    /// <summary>
    /// Road distance over straight-line distance. Route-circuity studies commonly find 1.2-1.4 between points in and
    /// around towns; 1.3 is the middle, erring long rather than short on the sparse road networks of mission towns.
    /// </summary>
    public const double DetourFactor = 1.3;

    /// <summary>
    /// A ground ambulance's average speed on the airport roads of a mission town, traffic and checkpoints included:
    /// an open road allows more, but the transfer ends in town where 30-50 km/h is what is achieved.
    /// </summary>
    public const double AmbulanceSpeedKmh = 40;

    /// <summary>
    /// Unloading litters down the C-130's ramp into a waiting ambulance and the crew-to-crew handover (ATMIST) before it
    /// drives off. Assumes the ambulance is already there: the option's warning asks the duty officer to send it.
    /// </summary>
    public const double HandoverMinutes = 10;

    public TimeSpan Duration => ArriveAt - DepartAt;

    /// <summary>The transfer for a casualty landed at <paramref name="airfield"/> at <paramref name="landedAt"/>.</summary>
    public static RoadTransfer Plan(Waypoint airfield, Waypoint facility, DateTimeOffset landedAt)
    {
        var straight = GreatCircle.DistanceMeters(airfield.Position, facility.Position);
        var road = straight * DetourFactor;
        var arriveAt = landedAt.AddMinutes(HandoverMinutes).AddHours(road / 1000 / AmbulanceSpeedKmh);
        return new RoadTransfer(airfield, facility, landedAt, arriveAt, straight, road);
    }
}

using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>One flight leg: great-circle segments through <see cref="Route"/>, flown at cruise speed.</summary>
/// <param name="Night">The sun is below the mission threshold somewhere on the leg when it is flown.</param>
/// <param name="DarkFrom">The first instant of the leg flown in darkness, if any.</param>
public sealed record TaskingLeg(
    int Number,
    LegKind Kind,
    Waypoint From,
    Waypoint To,
    DateTimeOffset DepartAt,
    DateTimeOffset ArriveAt,
    bool Night,
    DateTimeOffset? DarkFrom,
    double DistanceMeters,
    IReadOnlyList<GeoPosition> Route);

using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Tasking;

/// <summary>One leg of an option's flight. <see cref="Night"/>: the sun is below the mission threshold somewhere on the leg.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.route-leg")]
public sealed record RouteLegDto(
    [property: Id(0)] NamedPoint From,
    [property: Id(1)] NamedPoint To,
    [property: Id(2)] DateTimeOffset DepartAt,
    [property: Id(3)] DateTimeOffset ArriveAt,
    [property: Id(4)] bool Night);

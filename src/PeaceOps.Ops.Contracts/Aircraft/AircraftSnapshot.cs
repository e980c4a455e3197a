namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>An aircraft as the picture shows it and the tasking engine plans with it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.aircraft-snapshot")]
public sealed record AircraftSnapshot(
    [property: Id(0)] AircraftProfile Profile,
    [property: Id(1)] AircraftStatus Status,
    [property: Id(2)] AircraftPosition? Position,
    [property: Id(3)] double EnduranceRemainingMinutes,
    [property: Id(4)] AircraftTasking? Tasking,
    [property: Id(5)] string? StatusNote,
    [property: Id(6)] DateTimeOffset StatusChangedAt)
{
    public string Id => Profile.Id;
}

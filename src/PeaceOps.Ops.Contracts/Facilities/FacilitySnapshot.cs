namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>A facility as the picture shows it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.facility-snapshot")]
public sealed record FacilitySnapshot(
    [property: Id(0)] FacilityProfile Profile,
    [property: Id(1)] FacilityStatus Status,
    [property: Id(2)] int AvailableBeds,
    [property: Id(3)] int AvailableOperatingTables,
    [property: Id(4)] string? Note,
    [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] string UpdatedBy)
{
    public string Id => Profile.Id;
}

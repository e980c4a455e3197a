namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>What the medical coordinator reports: status and what is free now.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.facility-status-update")]
public sealed record FacilityStatusUpdate(
    [property: Id(0)] FacilityStatus Status,
    [property: Id(1)] int AvailableBeds,
    [property: Id(2)] int AvailableOperatingTables,
    [property: Id(3)] string? Note);

using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Grains.Facilities;

/// <summary>What a facility grain keeps in grain storage; its status history is in the event log.</summary>
[GenerateSerializer, Alias("peaceops.facility-state")]
public sealed class FacilityState
{
    [Id(0)]
    public FacilityProfile? Profile { get; set; }

    [Id(1)]
    public FacilityStatus Status { get; set; }

    [Id(2)]
    public int AvailableBeds { get; set; }

    [Id(3)]
    public int AvailableOperatingTables { get; set; }

    [Id(4)]
    public string? Note { get; set; }

    [Id(5)]
    public DateTimeOffset UpdatedAt { get; set; }

    [Id(6)]
    public string UpdatedBy { get; set; } = "";

    [Id(7)]
    public long EventVersion { get; set; }

    public FacilitySnapshot ToSnapshot() => new(Profile!, Status, AvailableBeds, AvailableOperatingTables, Note, UpdatedAt, UpdatedBy);
}

using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Grains.Aircraft;

/// <summary>What an aircraft grain keeps in grain storage (JSON); its status history is in the event log.</summary>
[GenerateSerializer, Alias("peaceops.aircraft-state")]
public sealed class AircraftState
{
    [Id(0)]
    public AircraftProfile? Profile { get; set; }

    [Id(1)]
    public AircraftStatus Status { get; set; }

    [Id(2)]
    public AircraftPosition? Position { get; set; }

    [Id(3)]
    public double EnduranceRemainingMinutes { get; set; }

    [Id(4)]
    public AircraftTasking? Tasking { get; set; }

    [Id(5)]
    public string? StatusNote { get; set; }

    [Id(6)]
    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>The version of stream "aircraft-{id}" this state reflects.</summary>
    [Id(7)]
    public long EventVersion { get; set; }

    /// <summary>Recent report ids, newest last: a resent batch is recognised even when its times tie.</summary>
    [Id(8)]
    public List<string> RecentReportIds { get; set; } = [];

    public AircraftSnapshot ToSnapshot() =>
        new(Profile!, Status, Position, EnduranceRemainingMinutes, Tasking, StatusNote, StatusChangedAt);
}

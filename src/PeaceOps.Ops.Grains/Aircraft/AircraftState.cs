using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Aircraft.Events;

namespace PeaceOps.Ops.Grains.Aircraft;

/// <summary>
/// What an aircraft grain keeps in grain storage (JSON); its status history is in the event log, which is the durable
/// record: grain storage may lag behind it, and <see cref="Apply"/> brings it up to date on activation.
/// </summary>
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

    /// <summary>The state after one of its recorded events: the one rule for a command and for activation's catch-up.</summary>
    public void Apply(AircraftEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var at = @event.OccurredAt;
        switch (@event)
        {
            case AircraftRegistered e when Profile is null:
                Profile = e.Profile;
                Status = AircraftStatus.Available;
                Position ??= new AircraftPosition(e.Profile.BasePosition.Lat, e.Profile.BasePosition.Lon, 0, 0, 0, at);
                EnduranceRemainingMinutes = e.Profile.EnduranceMinutes;
                StatusChangedAt = at;
                break;
            case AircraftRegistered e:
                Profile = e.Profile;
                EnduranceRemainingMinutes = Math.Min(EnduranceRemainingMinutes, e.Profile.EnduranceMinutes);
                break;
            case AircraftStatusChanged e:
                Status = e.Status;
                StatusNote = e.Note;
                StatusChangedAt = at;
                break;
            case AircraftTasked e:
                Tasking = new AircraftTasking(e.IncidentId, e.FacilityId, at, e.Actor);
                Status = AircraftStatus.Tasked;
                StatusChangedAt = at;
                break;
            case AircraftTaskingUpdated e:
                Status = e.Status;
                Tasking = Tasking is null ? null : Tasking with { FacilityId = e.FacilityId };
                StatusChangedAt = at;
                break;
            case AircraftReleased e:
                Tasking = null;
                Status = e.Status;
                StatusChangedAt = at;
                break;
            default:
                break;
        }
    }

    public AircraftSnapshot ToSnapshot() =>
        new(Profile!, Status, Position, EnduranceRemainingMinutes, Tasking, StatusNote, StatusChangedAt);
}

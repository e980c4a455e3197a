using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Facilities.Events;

namespace PeaceOps.Ops.Grains.Facilities;

/// <summary>
/// What a facility grain keeps in grain storage (JSON); its status history is in the event log, which is the durable
/// record: grain storage may lag behind it, and <see cref="Apply"/> brings it up to date on activation.
/// </summary>
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

    /// <summary>The version of stream "facility-{id}" this state reflects.</summary>
    [Id(7)]
    public long EventVersion { get; set; }

    /// <summary>The state after one of its recorded events: the one rule for a command and for activation's catch-up.</summary>
    public void Apply(FacilityEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        switch (@event)
        {
            case FacilityRegistered e when Profile is null:
                Profile = e.Profile;
                Status = FacilityStatus.Open;
                AvailableBeds = e.Profile.Beds;
                AvailableOperatingTables = e.Profile.OperatingTables;
                UpdatedAt = e.OccurredAt;
                UpdatedBy = e.Actor;
                break;
            case FacilityRegistered e:
                Profile = e.Profile;
                break;
            case FacilityStatusReported e:
                Status = e.Update.Status;
                AvailableBeds = e.Update.AvailableBeds;
                AvailableOperatingTables = e.Update.AvailableOperatingTables;
                Note = e.Update.Note;
                UpdatedAt = e.OccurredAt;
                UpdatedBy = e.Actor;
                break;
            default:
                break;
        }
    }

    public FacilitySnapshot ToSnapshot() => new(Profile!, Status, AvailableBeds, AvailableOperatingTables, Note, UpdatedAt, UpdatedBy);
}

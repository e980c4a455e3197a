using PeaceOps.Ops.Contracts.Notifications;

namespace PeaceOps.Ops.Contracts.Picture;

/// <summary>
/// The live operations picture and its change stream (singleton: key <see cref="Key"/>). Grains publish whole-entity changes
/// here; the grain keeps the picture in memory, stamps each change with the global sequence, coalesces positions per
/// aircraft and fans batches out (every ~50 ms) to the subscribed host observers, wherever in the cluster they are.
/// One grain so that the snapshot and the sequence agree: a client that takes the picture at sequence N and applies
/// changes after N sees every change exactly once or harmlessly twice, never zero times.
/// </summary>
[Alias("peaceops.IPictureGrain")]
public interface IPictureGrain : IGrainWithIntegerKey
{
    const long Key = 0;

    [Alias("GetPicture")]
    Task<PictureSnapshot> GetPicture();

    /// <summary>Changes after <paramref name="afterSequence"/> (for Resync), or SnapshotRequired when they are no longer held.</summary>
    [Alias("GetChangesSince")]
    Task<ChangesSince> GetChangesSince(long afterSequence);

    /// <summary>Subscribes (or renews) a host's observer; returns the lease. Renew at half the lease; an expired observer is dropped.</summary>
    [Alias("Subscribe")]
    Task<TimeSpan> Subscribe(IOpsChangeObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IOpsChangeObserver observer);

    /// <summary>For grains: applies the changes to the picture now and queues them for the next batch.</summary>
    [Alias("Publish")]
    Task Publish(IReadOnlyList<OpsChange> changes);
}

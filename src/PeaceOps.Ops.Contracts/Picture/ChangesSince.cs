using PeaceOps.Ops.Contracts.Notifications;

namespace PeaceOps.Ops.Contracts.Picture;

/// <summary>
/// The answer to a resync: the missed changes if the picture grain still holds them, otherwise
/// <see cref="SnapshotRequired"/> (send the client a fresh picture instead).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.changes-since")]
public sealed record ChangesSince(
    [property: Id(0)] bool SnapshotRequired,
    [property: Id(1)] OpsChangeBatch? Batch);

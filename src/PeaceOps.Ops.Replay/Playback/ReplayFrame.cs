using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Replay.Playback;

/// <summary>
/// One message of a playback to its client: the picture to start from (after a start or a seek), a batch of the
/// recorded changes in order, or the end. <see cref="ReplayTime"/> is the recorded moment the client is now showing.
/// </summary>
public sealed record ReplayFrame(string Kind, DateTimeOffset ReplayTime, PictureSnapshot? Picture, IReadOnlyList<OpsChange> Changes)
{
    public const string SnapshotKind = "snapshot";
    public const string ChangesKind = "changes";
    public const string EndedKind = "ended";
}

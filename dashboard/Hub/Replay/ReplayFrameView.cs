using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Replay.Playback;

namespace PeaceOps.Ops.Dashboard.Hub.Replay;

/// <summary>
/// A playback frame on the wire (<c>replayFrame</c>): <see cref="Kind"/> is <c>snapshot</c> (after a start or a seek; the
/// picture to show), <c>changes</c> (the recorded changes up to <see cref="ReplayTime"/>, in order) or <c>ended</c>.
/// The picture and changes use the live stream's shapes so one client view renders both.
/// </summary>
public sealed record ReplayFrameView(string Kind, DateTimeOffset ReplayTime, PictureView? Picture, IReadOnlyList<ChangeView> Changes)
{
    public static ReplayFrameView From(ReplayFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new ReplayFrameView(frame.Kind, frame.ReplayTime, frame.Picture?.ToView(), [.. frame.Changes.Select(c => c.ToView())]);
    }
}

using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Dashboard.Hub.Replay;

namespace PeaceOps.Ops.Dashboard.Hub;

/// <summary>
/// What the server sends to a dashboard. The method names are the contract's message names (<c>snapshot</c>, <c>changes</c>),
/// hence camel case: the JavaScript client ignores case, the .NET client does not.
/// </summary>
public interface IOpsClient
{
#pragma warning disable IDE1006 // The wire names are the contract's.
    /// <summary>The whole picture; sent on connect, after <c>Subscribe</c>, and when a <c>Resync</c> reaches back too far.</summary>
    Task snapshot(PictureView picture);

    /// <summary>A batch of changes; see <see cref="ChangesView"/> for the sequence rule.</summary>
    Task changes(ChangesView batch);

    /// <summary>One frame of this connection's playback (<c>StartReplay</c>); never sent to anyone else, and it never
    /// touches the live <c>snapshot</c>/<c>changes</c> sequence, so a client can show both side by side.</summary>
    Task replayFrame(ReplayFrameView frame);
#pragma warning restore IDE1006
}

using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Dashboard.Hub;

/// <summary>
/// What the server sends to a dashboard. The method names are the contract's message names (<c>snapshot</c>, <c>changes</c>),
/// hence lower case: the JavaScript client ignores case, the .NET client does not.
/// </summary>
public interface IOpsClient
{
#pragma warning disable IDE1006 // The wire names are the contract's.
    /// <summary>The whole picture; sent on connect, after <c>Subscribe</c>, and when a <c>Resync</c> reaches back too far.</summary>
    Task snapshot(PictureView picture);

    /// <summary>A batch of changes; see <see cref="ChangesView"/> for the sequence rule.</summary>
    Task changes(ChangesView batch);
#pragma warning restore IDE1006
}

using Microsoft.AspNetCore.Authorization;

namespace PeaceOps.Ops.Dashboard.Hub;

/// <summary>
/// Playback of the recorded past to the calling connection only (<c>replayFrame</c> messages), for reviewers: live
/// clients, and this connection's own live stream, carry on untouched. One playback per connection; a new start replaces it.
/// </summary>
public partial class OpsHub
{
    /// <summary>Plays [<paramref name="from"/>, <paramref name="to"/>] at <paramref name="speed"/>× (1 to 600) from the picture at <paramref name="from"/>.</summary>
    [Authorize(Policy = HubPolicies.Review)]
    public Task StartReplay(DateTimeOffset from, DateTimeOffset to, double speed) =>
        replay.StartAsync(Context.ConnectionId, from, to, speed, Context.ConnectionAborted);

    [Authorize(Policy = HubPolicies.Review)]
    public void PauseReplay() => replay.Pause(Context.ConnectionId);

    [Authorize(Policy = HubPolicies.Review)]
    public void ResumeReplay() => replay.Resume(Context.ConnectionId);

    /// <summary>Jumps to <paramref name="at"/>: a fresh <c>snapshot</c> frame there, then the changes after it.</summary>
    [Authorize(Policy = HubPolicies.Review)]
    public void SeekReplay(DateTimeOffset at) => replay.Seek(Context.ConnectionId, at);

    [Authorize(Policy = HubPolicies.Review)]
    public void StopReplay() => replay.Stop(Context.ConnectionId);
}

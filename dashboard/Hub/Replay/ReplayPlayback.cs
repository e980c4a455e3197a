using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Replay.Playback;

namespace PeaceOps.Ops.Dashboard.Hub.Replay;

/// <summary>
/// The hub's side of playback: checks a request like a REST body (a HubException naming the argument), then runs the
/// replay engine for that connection and sends its frames to that connection only. Lives outside the hub because hub
/// instances last one call while a playback lasts minutes.
/// </summary>
public sealed partial class ReplayPlayback(ReplaySessions sessions, IHubContext<OpsHub, IOpsClient> hub, ILogger<ReplayPlayback> logger)
{
    public async Task StartAsync(string connectionId, DateTimeOffset from, DateTimeOffset to, double speed, CancellationToken cancellationToken)
    {
        var request = new ReplayRequest(from.ToUniversalTime(), to.ToUniversalTime(), speed);
        var errors = await sessions.ValidateAsync(request, ReplayRequest.BeforeLogGrace, cancellationToken);
        if (errors.Count > 0)
        {
            throw new HubException(string.Join(" ", errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value)));
        }

        var client = hub.Clients.Client(connectionId);
        sessions.Start(connectionId, request, (frame, _) => client.replayFrame(ReplayFrameView.From(frame)),
            failed: ex => PlaybackFailed(logger, ex, connectionId, request.From, request.To, request.Speed));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay for connection {ConnectionId} ({From:O} to {To:O} at {Speed}x) failed and ended")]
    private static partial void PlaybackFailed(ILogger logger, Exception exception, string connectionId, DateTimeOffset from, DateTimeOffset to, double speed);

    public void Pause(string connectionId) => Require(sessions.Pause(connectionId));

    public void Resume(string connectionId) => Require(sessions.Resume(connectionId));

    /// <summary>A moment outside the period is clamped to it by the session: seeking past the end ends the playback.</summary>
    public void Seek(string connectionId, DateTimeOffset at) => Require(sessions.Seek(connectionId, at.ToUniversalTime()));

    /// <summary>Idempotent: stopping what has already ended (or a disconnect after a stop) is not an error.</summary>
    public void Stop(string connectionId) => sessions.Stop(connectionId);

    private static void Require(bool playing)
    {
        if (!playing)
        {
            throw new HubException("No replay is playing on this connection: call StartReplay(from, to, speed) first.");
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Dashboard.Hub.Replay;
using PeaceOps.Ops.Dashboard.Relay;

namespace PeaceOps.Ops.Dashboard.Hub;

/// <summary>
/// <c>/hubs/ops</c>: the live operations picture. On connect a <c>snapshot</c>, then <c>changes</c> batches with increasing
/// sequences. Every method names its policy; arguments are checked like a REST body (a bad one is a HubException naming it).
/// The connection's state lives in <see cref="OpsRelay"/>, which also serves the fan-out, so the hub stays thin and easy to extend.
/// Playback of the recorded past is in the other part of this class (OpsHub.Replay.cs).
/// </summary>
[Authorize(Policy = HubPolicies.ReadPicture)]
public partial class OpsHub(OpsRelay relay, ReplayPlayback replay) : Hub<IOpsClient>
{
    public const string Path = "/hubs/ops";

    public override Task OnConnectedAsync() => relay.ConnectAsync(Context.ConnectionId, ChangeTopics.All, Context.ConnectionAborted);

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        // A playback nobody watches any more only costs reads: it ends with its connection.
        replay.Stop(Context.ConnectionId);
        return relay.DisconnectAsync(Context.ConnectionId);
    }

    /// <summary>Chooses what this connection receives (e.g. <c>["incidents","facilities"]</c>); a fresh snapshot follows.</summary>
    [Authorize(Policy = HubPolicies.ReadPicture)]
    public Task Subscribe(string[] topics)
    {
        if (topics is null || topics.Length == 0)
        {
            throw new HubException("topics: give at least one of " + string.Join(", ", ChangeTopics.All) + ".");
        }

        var unknown = topics.Where(t => !ChangeTopics.All.Contains(t, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            throw new HubException($"topics: unknown {string.Join(", ", unknown.Select(u => $"'{u}'"))}; known: {string.Join(", ", ChangeTopics.All)}.");
        }

        return relay.SubscribeAsync(Context.ConnectionId, topics.Distinct(StringComparer.Ordinal).ToArray(), Context.ConnectionAborted);
    }

    /// <summary>The client saw a gap after <paramref name="lastSequence"/>: the missed changes follow, or a fresh snapshot when they are too old.</summary>
    [Authorize(Policy = HubPolicies.ReadPicture)]
    public Task Resync(long lastSequence)
    {
        if (lastSequence < 0)
        {
            throw new HubException("lastSequence: must be 0 or more.");
        }

        return relay.ResyncAsync(Context.ConnectionId, lastSequence, Context.ConnectionAborted);
    }
}

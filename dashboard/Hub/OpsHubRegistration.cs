using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Replay;
using PeaceOps.Ops.Dashboard.Relay;

namespace PeaceOps.Ops.Dashboard.Hub;

public static class OpsHubRegistration
{
    /// <summary>SignalR with JSON (the host's wire rules) and MessagePack, stateful reconnect, this host's relay and playback
    /// (the host registers the replay engine, <see cref="PeaceOps.Ops.Replay.Playback.ReplaySessions"/>).</summary>
    public static IServiceCollection AddOpsHub(this IServiceCollection services, Action<JsonSerializerOptions> configureJson)
    {
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = 32 * 1024;
                hub.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(json =>
            {
                configureJson(json.PayloadSerializerOptions);
                json.PayloadSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            })
            .AddMessagePackProtocol();
        services.AddOpsRelay();
        services.AddSingleton<ReplayPlayback>();
        return services;
    }

    public static HubEndpointConventionBuilder MapOpsHub(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHub<OpsHub>(OpsHub.Path, connection => connection.AllowStatefulReconnects = true);
}

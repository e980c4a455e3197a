using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Dashboard.Hub.Replay;
using PeaceOps.Ops.HostTesting;

namespace PeaceOps.Ops.Silo.Tests.Hub;

/// <summary>A real SignalR client on <c>/hubs/ops</c> that records what the server sends, in order.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly Channel<object> _received = Channel.CreateUnbounded<object>();

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<PictureView>("snapshot", p => _received.Writer.TryWrite(p));
        connection.On<ChangesView>("changes", c => _received.Writer.TryWrite(c));
        connection.On<ReplayFrameView>("replayFrame", f => _received.Writer.TryWrite(f));
    }

    public HubConnection Connection { get; }

    public static Task<HubClient> ConnectAsync(RunningHost host, string? token, bool messagePack = false) =>
        ConnectAsync(host.BaseAddress, token, messagePack);

    /// <summary>Connects through <paramref name="baseAddress"/> (e.g. a <see cref="Support.LoopbackProxy"/> in front of the host).</summary>
    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string? token, bool messagePack = false, Action<IHubConnectionBuilder>? configure = null)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/ops"), o =>
            {
                if (token is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .WithStatefulReconnect();
        configure?.Invoke(builder);
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        else
        {
            builder.AddJsonProtocol(json => Silo.Api.Json.ApiJson.Configure(json.PayloadSerializerOptions));
        }

        var client = new HubClient(builder.Build());
        await client.Connection.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    public async Task<T> NextAsync<T>(TimeSpan? timeout = null)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = await _received.Reader.ReadAsync(cts.Token);
            if (message is T wanted)
            {
                return wanted;
            }
        }
    }

    /// <summary>The messages of type <typeparamref name="T"/> already received and not yet read (others are dropped).</summary>
    public IReadOnlyList<T> Drain<T>()
    {
        var drained = new List<T>();
        while (_received.Reader.TryRead(out var message))
        {
            if (message is T wanted)
            {
                drained.Add(wanted);
            }
        }

        return drained;
    }

    /// <summary>Reads changes until one of the given kind arrives; returns every batch read, in order.</summary>
    public async Task<List<ChangesView>> ChangesUntilAsync(string kind, TimeSpan? timeout = null)
    {
        var batches = new List<ChangesView>();
        while (true)
        {
            var batch = await NextAsync<ChangesView>(timeout);
            batches.Add(batch);
            if (batch.Changes.Any(c => c.Kind == kind))
            {
                return batches;
            }
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

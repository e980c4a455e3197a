using System.Net;
using System.Net.Sockets;

namespace PeaceOps.Ops.Silo.Tests.Support;

/// <summary>
/// A TCP forwarder on a free loopback port in front of a running host, so that a test can cut a client's connection for
/// real (both sockets closed, as when a network drops) and hold new connections back until it lets them through.
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private TaskCompletionSource _admit = Open();

    public LoopbackProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Closes every forwarded connection; from now on new connections wait until <see cref="Admit"/>.</summary>
    public void DropAllAndHold()
    {
        _admit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_open)
        {
            foreach (var socket in _open)
            {
                // Reset, not a polite close: the peer learns of it the way it would of a dead network path.
                socket.Client?.LingerState = new LingerOption(true, 0);
                socket.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>Lets waiting and new connections through.</summary>
    public void Admit() => _admit.TrySetResult();

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await _admit.Task.WaitAsync(_stop.Token);
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(server);
            }

            using var pumping = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = client.GetStream().CopyToAsync(server.GetStream(), pumping.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), pumping.Token);
            await Task.WhenAny(up, down);
            await pumping.CancelAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A dropped or finished connection: nothing to forward any more.
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        DropAllAndHold();
        _stop.Dispose();
    }
}

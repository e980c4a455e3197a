using PeaceOps.Ops.HostTesting;

namespace PeaceOps.Ops.Silo.Tests.Reference;

/// <summary>One real host (Kestrel on a free loopback port) shared by the reference endpoint tests: they only read.</summary>
public sealed class ReferenceHostFixture : IAsyncLifetime
{
    private RunningHost? _host;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        Client = _host.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
        // The reference utilities are open to every signed-in role; the reviewer is the least privileged.
        using var login = await Client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { username = "reviewer", password = "reviewer-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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

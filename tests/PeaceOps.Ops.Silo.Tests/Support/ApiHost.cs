using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.HostTesting;

namespace PeaceOps.Ops.Silo.Tests.Support;

/// <summary>
/// One running product shared by the tests of a class (starting a silo costs seconds on a shared machine),
/// with the demo accounts signed in once each.
/// </summary>
public class ApiHost : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public RunningHost Host { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    protected virtual IEnumerable<string> ExtraArgs => [];

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async ValueTask InitializeAsync()
    {
        Host = await RunningHost.StartAsync(ExtraArgs, configureServices: ConfigureServices);
        Anonymous = Host.CreateClient();
        await Host.WaitUntilReadyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task<string> TokenAsync(string user)
    {
        if (_tokens.TryGetValue(user, out var token))
        {
            return token;
        }

        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        token = body.RootElement.GetProperty("accessToken").GetString()!;
        _tokens[user] = token;
        return token;
    }

    /// <summary>A client that sends the user's bearer token (or none when <paramref name="user"/> is null).</summary>
    public async Task<HttpClient> ClientAsync(string? user)
    {
        var client = Host.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }

        return client;
    }
}

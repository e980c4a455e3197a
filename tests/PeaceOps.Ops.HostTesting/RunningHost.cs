using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Silo;

namespace PeaceOps.Ops.HostTesting;

/// <summary>
/// The real product (silo + API + hub + dashboard) on Kestrel, bound to a free loopback port, with its own
/// temporary data directory. Not a mock: tests talk to it over real HTTP and real SignalR.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly bool _ownsDataDirectory;

    private RunningHost(WebApplication app, Uri baseAddress, string dataDirectory, bool ownsDataDirectory)
    {
        App = app;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Starts the product. By default: empty mission (<c>Scenario=none</c>), no simulation, a fresh data directory.
    /// Extra arguments use the command-line form, e.g. <c>--PeaceOps:Scenario=demo</c>.
    /// </summary>
    public static async Task<RunningHost> StartAsync(IEnumerable<string>? extraArgs = null, string? dataDirectory = null, Action<IServiceCollection>? configureServices = null)
    {
        var ownsDirectory = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("peaceops-test-").FullName;
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            $"--PeaceOps:DataDirectory={dataDirectory}",
            "--PeaceOps:Scenario=none",
            "--PeaceOps:Simulation:Enabled=false",
        };
        args.AddRange(extraArgs ?? []);
        var app = PeaceOpsHost.Build([.. args], configureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address), dataDirectory, ownsDirectory);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Polls <c>/health/ready</c> until it answers 200 (scenario loading runs after start).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{BaseAddress} did not become ready: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDataDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled SQLite connection; the OS temp cleaner will take it.
        }
    }
}

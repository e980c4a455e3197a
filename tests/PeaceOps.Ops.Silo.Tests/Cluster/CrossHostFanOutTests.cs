using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Silo.Tests.Hub;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Silo.Tests.Cluster;

/// <summary>
/// With several silos a dashboard is connected to one host while the change is made through another; the grains
/// publish to every host's observer (never to a hub context), so the change still reaches it.
/// </summary>
public sealed class CrossHostFanOutTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly StandInIdentityProvider _idp = new();

    [Fact]
    public async Task A_change_made_through_one_host_reaches_a_dashboard_connected_to_the_other()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var first = await StartClusterSiloAsync(connectionString);
        await using var second = await StartClusterSiloAsync(connectionString);
        await WaitForClusterOfTwoAsync(first);

        await using var dashboard = await HubClient.ConnectAsync(second, _idp.TokenFor("reviewer1", "Reviewer"));
        await dashboard.NextAsync<PictureView>();
        using var admin = first.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _idp.TokenFor("admin1", "Admin"));

        using var changed = await admin.PutAsJsonAsync("/api/v1/mission/settings", new { nightFlightAuthorized = true, nightSunElevationDeg = -7.5 }, Cancel);
        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Cancel));
        var batches = await dashboard.ChangesUntilAsync("missionSettingsChanged", TimeSpan.FromSeconds(30));

        batches[^1].Changes.Single(c => c.Kind == "missionSettingsChanged").Settings!.NightSunElevationDeg.Should().Be(-7.5);
    }

    private Task<RunningHost> StartClusterSiloAsync(string connectionString) =>
        RunningHost.StartAsync(
            [
                "--PeaceOps:Mode=Cluster",
                "--PeaceOps:Storage:Provider=Postgres",
                $"--PeaceOps:Storage:ConnectionString={connectionString}",
                $"--PeaceOps:Orleans:SiloPort={FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture)}",
                $"--PeaceOps:Orleans:GatewayPort={FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture)}",
                "--PeaceOps:Orleans:AdvertisedAddress=127.0.0.1",
                "--PeaceOps:Auth:DemoAccounts=false",
                $"--PeaceOps:Auth:Authority={StandInIdentityProvider.Authority}",
            ],
            configureServices: _idp.Configure);

    private static async Task WaitForClusterOfTwoAsync(RunningHost host)
    {
        var management = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await management.GetHosts(true, Cancel)).Count < 2)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The two silos did not see each other within 60 s.");
            }

            await Task.Delay(250, Cancel);
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Silo.Tests.Hosting;

/// <summary>Cluster mode as deploy/ configures it: silos over one real PostgreSQL, membership kept in that database.</summary>
public sealed class ClusterModeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Two_silos_over_one_postgres_database_form_one_cluster()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        await using var first = await StartClusterSiloAsync(connectionString);
        await using var second = await StartClusterSiloAsync(connectionString);

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await WaitForAsync(async () => (await management.GetHosts(true, TestContext.Current.CancellationToken)).Count == 2);
        var hosts = await management.GetHosts(true, TestContext.Current.CancellationToken);

        hosts.Should().HaveCount(2, "both silos registered in the PostgreSQL membership table and saw each other");
        hosts.Values.Should().AllBeEquivalentTo(SiloStatus.Active);
    }

    [Fact]
    public async Task A_silo_that_stops_is_marked_dead_for_the_others()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var first = await StartClusterSiloAsync(connectionString);
        var second = await StartClusterSiloAsync(connectionString);
        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await WaitForAsync(async () => (await management.GetHosts(true, TestContext.Current.CancellationToken)).Count == 2);

        await second.DisposeAsync();

        // A graceful shutdown writes the silo's own Dead status through the membership table.
        await WaitForAsync(async () => (await management.GetHosts(true, TestContext.Current.CancellationToken)).Count == 1);
        var all = await management.GetHosts(false, TestContext.Current.CancellationToken);
        all.Values.Should().Contain(SiloStatus.Dead);
    }

    private static Task<RunningHost> StartClusterSiloAsync(string connectionString) =>
        RunningHost.StartAsync(
        [
            "--PeaceOps:Mode=Cluster",
            "--PeaceOps:Storage:Provider=Postgres",
            $"--PeaceOps:Storage:ConnectionString={connectionString}",
            $"--PeaceOps:Orleans:SiloPort={FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture)}",
            $"--PeaceOps:Orleans:GatewayPort={FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture)}",
            "--PeaceOps:Orleans:AdvertisedAddress=127.0.0.1",
            // A cluster signs users in at the mission's identity provider; the demo accounts are refused.
            "--PeaceOps:Auth:DemoAccounts=false",
            "--PeaceOps:Auth:Authority=https://idp.peaceops.invalid/realms/peaceops",
        ]);

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The cluster did not reach the expected membership within 60 s.");
            }

            await Task.Delay(250);
        }
    }
}

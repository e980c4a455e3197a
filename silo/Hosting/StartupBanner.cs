using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Silo.Hosting;

/// <summary>Tells the user, once everything listens, what is running, where, on which data and which scenario.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IDatabase database,
    IOptions<PeaceOpsOptions> options,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var settings = options.Value;
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? "(no address)";
            logger.LogInformation(
                "PeaceOps.Ops is running ({Mode} mode). Dashboard: {Url}/  API: {Url}/api/v1  Hub: {Url}/hubs/ops  Orleans dashboard: {Url}/orleans  Health: {Url}/health/ready",
                settings.Mode, url, url, url, url, url);
            logger.LogInformation(
                "Data: {Database}. Scenario: {Scenario}. Simulation: {Simulation}",
                database.Description,
                settings.Scenario,
                settings.Simulation.Enabled ? $"on, time scale x{settings.Simulation.TimeScale}" : "off");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

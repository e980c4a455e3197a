using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Simulation.Generator;

namespace PeaceOps.Ops.Simulation.Hosting;

/// <summary>Runs the incident generator once a simulated minute, after the scenario is loaded.</summary>
public sealed partial class IncidentGeneratorService(IncidentGenerator generator, ScenarioLoadSignal scenario, ILogger<IncidentGeneratorService> logger) : BackgroundService
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await scenario.Loaded.WaitAsync(stoppingToken);
        LogStarted(logger, generator.NextArrival);
        using var timer = new PeriodicTimer(Step, generator.Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await generator.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident generator running; first casualty report due {NextArrival:u}")]
    private static partial void LogStarted(ILogger logger, DateTimeOffset nextArrival);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident generator step failed; retrying at the next step")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}

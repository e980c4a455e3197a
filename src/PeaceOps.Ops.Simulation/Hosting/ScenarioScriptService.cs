using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Simulation.Script;

namespace PeaceOps.Ops.Simulation.Hosting;

/// <summary>Plays the scenario's scripted events, checking every simulated 15 seconds, after the scenario is loaded.</summary>
public sealed partial class ScenarioScriptService(ScenarioScript script, ScenarioLoadSignal scenario, ILogger<ScenarioScriptService> logger) : BackgroundService
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await scenario.Loaded.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Step, script.Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await script.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scenario script step failed; retrying at the next step")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}

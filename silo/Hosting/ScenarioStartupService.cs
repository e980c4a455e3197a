using PeaceOps.Ops.Silo.Health;
using PeaceOps.Ops.Simulation.Bootstrap;
using PeaceOps.Ops.Simulation.Hosting;

namespace PeaceOps.Ops.Silo.Hosting;

/// <summary>
/// Puts the start-up scenario into the grains once the silo is active (registered after the silo, so it starts
/// after it), then opens the "scenario" readiness gate. A refusal by a grain stops the start, naming the item.
/// </summary>
public sealed partial class ScenarioStartupService(
    StartupScenario startup,
    IServiceProvider services,
    ReadinessGates gates,
    ScenarioLoadSignal signal,
    ILogger<ScenarioStartupService> logger) : IHostedService
{
    public const string GateName = "scenario";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scenario = startup.Scenario;
        if (scenario is not null)
        {
            try
            {
                var summary = await services.GetRequiredService<ScenarioBootstrapper>().LoadAsync(scenario, cancellationToken);
                LogLoaded(logger, summary.ToString());
            }
            catch (ScenarioItemRefusedException ex)
            {
                throw new StartupException($"scenario '{scenario.Name}' ({scenario.Source}): {ex.Message}", ex);
            }
        }
        else
        {
            LogEmpty(logger);
        }

        gates.Open(GateName);
        signal.MarkLoaded(scenario?.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario: {Summary}")]
    private static partial void LogLoaded(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario: none (an empty mission)")]
    private static partial void LogEmpty(ILogger logger);
}

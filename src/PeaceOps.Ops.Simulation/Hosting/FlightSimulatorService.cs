using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Simulation.Flight;

namespace PeaceOps.Ops.Simulation.Hosting;

/// <summary>Runs the flight simulator once per report interval of simulated time, after the scenario is loaded.</summary>
public sealed partial class FlightSimulatorService(
    FlightSimulator simulator,
    FlightSimulatorSettings settings,
    ScenarioLoadSignal scenario,
    ILogger<FlightSimulatorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await scenario.Loaded.WaitAsync(stoppingToken);
        LogStarted(logger, simulator.Clock.TimeScale, settings.PositionReportInterval.TotalSeconds);
        using var timer = new PeriodicTimer(settings.PositionReportInterval, simulator.Clock);
        do
        {
            try
            {
                await simulator.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The demo must keep breathing through a transient failure (a grain call timing out under load).
                LogTickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flight simulator running at {TimeScale}x, a position report every {Seconds} simulated seconds")]
    private static partial void LogStarted(ILogger logger, double timeScale, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flight simulator step failed; retrying at the next step")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}

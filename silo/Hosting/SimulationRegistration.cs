using Microsoft.Extensions.DependencyInjection.Extensions;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Health;
using PeaceOps.Ops.Simulation.Bootstrap;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Flight;
using PeaceOps.Ops.Simulation.Generator;
using PeaceOps.Ops.Simulation.Hosting;
using PeaceOps.Ops.Simulation.Scenarios.Loading;
using PeaceOps.Ops.Simulation.Script;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Silo.Hosting;

public static class SimulationRegistration
{
    /// <summary>
    /// The start-up scenario and the simulator. Register after the silo: hosted services start in order, so the
    /// scenario loads into an active silo. The scenario files are read and validated here, before anything starts,
    /// so a broken scenario stops the process at once with the file, item and field.
    /// </summary>
    public static IServiceCollection AddPeaceOpsScenarioAndSimulation(this IServiceCollection services, PeaceOpsOptions options)
    {
        var scenario = LoadScenario(options.Scenario);
        services.DeclareReadinessGate(ScenarioStartupService.GateName);
        services.AddSingleton<ScenarioLoadSignal>();
        services.AddSingleton<ScenarioBootstrapper>();
        services.AddSingleton(new StartupScenario(scenario));
        services.AddHostedService<ScenarioStartupService>();

        if (!options.Simulation.Enabled)
        {
            return services;
        }

        // One clock for the whole process: at 60x the grains stamp incidents, clocks and ETAs in the same accelerated
        // time the aircraft fly in, so an exercise's timeline reads as if it had happened. At 1x nothing is wrapped.
        if (options.Simulation.TimeScale != 1)
        {
            var real = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
            var clock = new SimulationClock(real, options.Simulation.TimeScale);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.AddSingleton(clock);
        }
        else
        {
            services.AddSingleton(sp => new SimulationClock(sp.GetRequiredService<TimeProvider>(), 1));
        }

        services.AddSingleton(new FlightSimulatorSettings(
            TimeSpan.FromSeconds(options.Simulation.PositionReportIntervalSeconds),
            TimeSpan.FromMinutes(options.Simulation.IdleReportIntervalMinutes)));
        services.AddSingleton<FlightSimulator>();
        services.AddHostedService<FlightSimulatorService>();

        if (scenario is { Events.Count: > 0 })
        {
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ScenarioScript>(sp, scenario));
            services.AddHostedService<ScenarioScriptService>();
        }

        var generator = options.Simulation.IncidentGenerator;
        if (generator.Enabled && scenario is not null)
        {
            services.AddSingleton(new IncidentGeneratorSettings(
                Enabled: true,
                generator.RatePerHour,
                new PrecedenceMix(generator.UrgentWeight, generator.UrgentSurgicalWeight, generator.PriorityWeight, generator.RoutineWeight),
                generator.AutoTaskAfterMinutes > 0 ? TimeSpan.FromMinutes(generator.AutoTaskAfterMinutes) : null,
                options.Simulation.Seed ?? Random.Shared.Next()));
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<IncidentGenerator>(sp, scenario.Mission));
            services.AddHostedService<IncidentGeneratorService>();
        }

        return services;
    }

    private static Scenario? LoadScenario(string nameOrPath)
    {
        try
        {
            return ScenarioCatalog.Resolve(nameOrPath) is { } folder ? ScenarioLoader.Load(folder) : null;
        }
        catch (ScenarioValidationException ex)
        {
            throw new StartupException($"{ex.Message}{Environment.NewLine}Fix the scenario or choose another with PeaceOps:Scenario (--scenario).", ex);
        }
    }
}

using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Script;

/// <summary>
/// Plays a scenario's scripted events (events.json) when they fall due on the simulation clock: "afterMinutes"
/// counts from this run's start. Each command carries the key "scenario:{name}:event:{id}", so an event that a
/// previous run already applied has no second effect after a restart.
/// </summary>
public sealed partial class ScenarioScript(IGrainFactory grains, SimulationClock clock, Scenario scenario, ILogger<ScenarioScript> logger)
{
    public const string Actor = "scenario";

    private readonly DateTimeOffset _start = clock.GetUtcNow();
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly List<(string AircraftId, DateTimeOffset At, string Key)> _backInService = [];

    public SimulationClock Clock => clock;

    public DateTimeOffset DueAt(ScriptedEvent scripted)
    {
        ArgumentNullException.ThrowIfNull(scripted);
        return scripted.At ?? _start + (scripted.After ?? TimeSpan.Zero);
    }

    public async Task TickAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        foreach (var scripted in scenario.Events.Where(e => !_done.Contains(e.Id) && DueAt(e) <= now).OrderBy(DueAt))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _done.Add(scripted.Id);
            try
            {
                await PlayAsync(scripted, now);
                LogPlayed(logger, scripted.Id, scripted.GetType().Name);
            }
            catch (OpsCommandException ex)
            {
                LogRefused(logger, scripted.Id, ex.Message);
            }
        }

        foreach (var due in _backInService.Where(b => b.At <= now).ToArray())
        {
            _backInService.Remove(due);
            var aircraft = grains.GetGrain<IAircraftGrain>(due.AircraftId);
            if ((await aircraft.GetSnapshot()).Status == AircraftStatus.Unserviceable)
            {
                await aircraft.SetStatus(AircraftStatus.Available, "back in service", new CommandContext(Actor, due.Key));
            }
        }
    }

    private async Task PlayAsync(ScriptedEvent scripted, DateTimeOffset now)
    {
        var context = new CommandContext(Actor, $"scenario:{scenario.Name}:event:{scripted.Id}");
        switch (scripted)
        {
            case ScriptedZoneActivation activation:
                var mission = grains.GetGrain<IMissionGrain>(IMissionGrain.Key);
                var zone = (await mission.GetSnapshot()).Airspace.FirstOrDefault(z => z.Id == activation.ZoneId);
                if (zone is not null)
                {
                    await mission.AddZone(activation.Active ? zone with { ActiveFrom = now, ActiveTo = null } : zone with { ActiveTo = now }, context);
                }

                break;
            case ScriptedFacilityStatus status:
                var facility = grains.GetGrain<IMedicalFacilityGrain>(status.FacilityId);
                var current = await facility.GetSnapshot();
                await facility.UpdateStatus(
                    new FacilityStatusUpdate(
                        Enum.Parse<FacilityStatus>(status.Status, ignoreCase: true),
                        status.AvailableBeds ?? current.AvailableBeds,
                        status.AvailableOperatingTables ?? current.AvailableOperatingTables,
                        status.Note),
                    context);
                break;
            case ScriptedAircraftUnserviceable unserviceable:
                await grains.GetGrain<IAircraftGrain>(unserviceable.AircraftId).SetStatus(AircraftStatus.Unserviceable, unserviceable.Reason, context);
                if (unserviceable.Duration is { } duration)
                {
                    _backInService.Add((unserviceable.AircraftId, now + duration, context.IdempotencyKey + ":back"));
                }

                break;
            case ScriptedIncident incident:
                await ScriptedIncidents.ReportAsync(grains, incident, now, context);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scenario script: event {EventId} ({Kind}) played")]
    private static partial void LogPlayed(ILogger logger, string eventId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scenario script: event {EventId} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string eventId, string reason);
}

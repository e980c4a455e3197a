using System.Globalization;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Clock;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Generator;

/// <summary>
/// Random casualty reports for a living demo: Poisson arrivals at the configured rate, day and night alike, placed
/// by <see cref="CasualtyPlaceSampler"/> and reported through the incident grain's <c>Report</c> (the call the REST
/// endpoint makes). When <see cref="IncidentGeneratorSettings.AutoTaskAfter"/> is set and no duty officer has tasked
/// a generated incident by then, the best feasible option is approved as "simulator", so that aircraft fly in an
/// unattended demo; a human's decision always comes first.
/// </summary>
public sealed partial class IncidentGenerator
{
    public const string Actor = "simulator";

    private readonly IGrainFactory _grains;
    private readonly SimulationClock _clock;
    private readonly IncidentGeneratorSettings _settings;
    private readonly ILogger<IncidentGenerator> _logger;
    private readonly Random _random;
    private readonly CasualtyPlaceSampler _places;
    private readonly CasualtyReportComposer _reports;
    private readonly List<(string IncidentId, DateTimeOffset TaskAt)> _awaitingTasking = [];
    private DateTimeOffset _nextArrival;
    private int _generated;

    public IncidentGenerator(IGrainFactory grains, SimulationClock clock, MissionDefinition mission, IncidentGeneratorSettings settings, ILogger<IncidentGenerator> logger)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(settings);
        _grains = grains;
        _clock = clock;
        _settings = settings;
        _logger = logger;
        _random = new Random(settings.Seed);
        _places = new CasualtyPlaceSampler(mission, _random);
        _reports = new CasualtyReportComposer(settings.Mix, _random);
        _nextArrival = clock.GetUtcNow() + PoissonArrivals.NextGap(settings.RatePerHour, _random);
    }

    public DateTimeOffset NextArrival => _nextArrival;

    public SimulationClock Clock => _clock;

    public async Task TickAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        while (_nextArrival <= now)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ReportAsync(_nextArrival);
            _nextArrival += PoissonArrivals.NextGap(_settings.RatePerHour, _random);
        }

        foreach (var due in _awaitingTasking.Where(a => a.TaskAt <= now).ToArray())
        {
            _awaitingTasking.Remove(due);
            await TaskBestOptionAsync(due.IncidentId);
        }
    }

    private async Task ReportAsync(DateTimeOffset at)
    {
        var mission = await _grains.GetGrain<IMissionGrain>(IMissionGrain.Key).GetSnapshot();
        var pickup = _places.Sample(mission.Airspace, at);
        var nineLine = _reports.Compose(pickup, Mgrs.Format(pickup, 5));
        var key = string.Create(CultureInfo.InvariantCulture, $"sim:generated:{_settings.Seed}:{at.ToUnixTimeMilliseconds()}:{_generated++}");
        var id = IncidentIds.ForIdempotencyKey(key);
        var injuredAt = at - TimeSpan.FromMinutes(_random.Next(3, 15));
        await _grains.GetGrain<IIncidentGrain>(id).Report(new ReportIncident(nineLine, injuredAt, new CommandContext(Actor, key)));
        LogGenerated(_logger, id, nineLine.Patients.Highest, nineLine.PickupMgrs);
        if (_settings.AutoTaskAfter is { } after)
        {
            _awaitingTasking.Add((id, at + after));
        }
    }

    private async Task TaskBestOptionAsync(string incidentId)
    {
        var incident = _grains.GetGrain<IIncidentGrain>(incidentId);
        var state = await incident.GetState();
        if (state.Status is not (IncidentStatus.Reported or IncidentStatus.OptionsProposed))
        {
            return;
        }

        var best = (await incident.GetOptions()).FirstOrDefault(o => o.Feasible);
        if (best is null)
        {
            LogNoFeasibleOption(_logger, incidentId);
            return;
        }

        try
        {
            await incident.ApproveTasking(new ApproveTasking(best.AircraftId, best.FacilityId, null, new CommandContext(Actor, $"sim:auto-task:{incidentId}")));
        }
        catch (OpsCommandException ex)
        {
            LogNoFeasibleOption(_logger, incidentId + " (" + ex.Code + ")");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident generator: incident {IncidentId} ({Precedence}) at {Mgrs}")]
    private static partial void LogGenerated(ILogger logger, string incidentId, Precedence precedence, string mgrs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident generator: no feasible option to auto-task incident {IncidentId}; left to the duty officer")]
    private static partial void LogNoFeasibleOption(ILogger logger, string incidentId);
}

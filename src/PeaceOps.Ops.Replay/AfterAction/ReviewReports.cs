using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Replay.Reports;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// The after-action report of one incident and the mission impediment report of a period, from the event log.
/// Neither report waits for the engine over a period: what-if costs are read as recorded (the background pricer works
/// them out when an incident closes) and an incident not yet priced is counted as pending. One incident's report may
/// price it on the spot, for at most <see cref="AfterActionPricingWait"/>: a reviewer asked for that incident by name,
/// and one pricing takes seconds, not hours.
/// </summary>
public sealed class ReviewReports(IEventStore events, IncidentHistoryReader histories, TimeProvider time, IWhatIfCostSource? whatIf = null)
{
    // One on-the-spot pricing at a time: a reviewer opening ten reports must not put ten engine runs on the cores live tasking needs.
    private readonly SemaphoreSlim _pricing = new(1, 1);

    /// <summary>How long an after-action report waits for a first pricing before answering with the costs pending.</summary>
    public TimeSpan AfterActionPricingWait { get; init; } = TimeSpan.FromSeconds(15);

    public async Task<AfterActionReport?> AfterActionAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        var history = await histories.ReadAsync(incidentId, cancellationToken);
        if (history is null)
        {
            return null;
        }

        var (whatIfCosts, pending) = await PriceNowAsync(history, cancellationToken);
        return AfterActionReportBuilder.Build(history, [.. Measured(history), .. whatIfCosts], time.GetUtcNow(), pending);
    }

    /// <summary>Incidents reported in [<paramref name="from"/>, <paramref name="to"/>), judged as of now.</summary>
    public async Task<ImpedimentReport> ImpedimentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var reported = await events.ReadByTimeAsync(from, to, int.MaxValue, cancellationToken);
        var analyses = new List<IncidentAnalysis>();
        foreach (var e in reported.Where(e => e.Type == "IncidentReported" && StreamIds.IsIncident(e.StreamId)))
        {
            var history = await histories.ReadAsync(StreamIds.EntityId(e.StreamId), cancellationToken);
            if (history is null)
            {
                continue;
            }

            var recorded = whatIf is null ? [] : await whatIf.RecordedAsync(history, cancellationToken);
            analyses.Add(new IncidentAnalysis(history, [.. Measured(history), .. recorded ?? []], recorded is null));
        }

        return ImpedimentReportBuilder.Build(from, to, time.GetUtcNow(), analyses);
    }

    private async Task<(IReadOnlyList<ImpedimentCost> Costs, bool Pending)> PriceNowAsync(IncidentHistory history, CancellationToken cancellationToken)
    {
        if (whatIf is null)
        {
            return ([], false);
        }

        if (await whatIf.RecordedAsync(history, cancellationToken) is { } recorded)
        {
            return (recorded, false);
        }

        // Not cancelled with the request: a figure worked out after the reviewer gave up is recorded for the next one.
        var pricing = Task.Run(async () =>
        {
            await _pricing.WaitAsync(CancellationToken.None);
            try
            {
                return await whatIf.CostAsync(history, CancellationToken.None);
            }
            finally
            {
                _pricing.Release();
            }
        }, CancellationToken.None);
        try
        {
            return (await pricing.WaitAsync(AfterActionPricingWait, time, cancellationToken), false);
        }
        catch (TimeoutException)
        {
            return ([], true);
        }
    }

    private static IReadOnlyList<ImpedimentCost> Measured(IncidentHistory history) =>
        history.Decision is { } decision ? MeasuredCosting.Cost(decision) : [];
}

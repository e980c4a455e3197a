using PeaceOps.Ops.Replay.Reports;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>The after-action report of one incident and the mission impediment report of a period, from the event log.</summary>
public sealed class ReviewReports(IEventStore events, IncidentHistoryReader histories, TimeProvider time, IWhatIfCostSource? whatIf = null)
{
    public async Task<AfterActionReport?> AfterActionAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        var history = await histories.ReadAsync(incidentId, cancellationToken);
        return history is null ? null : AfterActionReportBuilder.Build(history, await CostsAsync(history, cancellationToken), time.GetUtcNow());
    }

    /// <summary>Incidents reported in [<paramref name="from"/>, <paramref name="to"/>), judged as of now.</summary>
    public async Task<ImpedimentReport> ImpedimentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var reported = await events.ReadByTimeAsync(from, to, int.MaxValue, cancellationToken);
        var analyses = new List<IncidentAnalysis>();
        foreach (var e in reported.Where(e => e.Type == "IncidentReported" && e.StreamId.StartsWith("incident-", StringComparison.Ordinal)))
        {
            var history = await histories.ReadAsync(e.StreamId["incident-".Length..], cancellationToken);
            if (history is not null)
            {
                analyses.Add(new IncidentAnalysis(history, await CostsAsync(history, cancellationToken)));
            }
        }

        return ImpedimentReportBuilder.Build(from, to, time.GetUtcNow(), analyses);
    }

    private async Task<IReadOnlyList<ImpedimentCost>> CostsAsync(IncidentHistory history, CancellationToken cancellationToken)
    {
        var costs = new List<ImpedimentCost>();
        if (history.Decision is { } decision)
        {
            costs.AddRange(MeasuredCosting.Cost(decision));
        }

        if (whatIf is not null)
        {
            costs.AddRange(await whatIf.CostAsync(history, cancellationToken));
        }

        return costs;
    }
}

using PeaceOps.Ops.Contracts.Events;
using System.Text.Json;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>
/// The tasking engine's what-if on an incident's recorded inputs: the 9-line as it was reported and the picture rebuilt
/// from the log at the moment options were first shown (when the casualty began to wait on a decision), mapped to the
/// engine by the live planner's own mapping. Lives in the host because only the host knows both the log and the grains'
/// mapping; reads the logs only. The figures are recorded the first time they are worked out (<see cref="WhatIfCostStore"/>):
/// pricing one incident rebuilds a picture and runs the engine several times (dozens of runs when it has to find when a
/// night wait ended), far too slow to repeat for every incident of a month each time a report is asked for.
/// </summary>
public sealed class RecordedWhatIfCosts(IEventStore events, PictureAtTime pictures, WhatIfCosting costing, WhatIfCostStore costStore) : IWhatIfCostSource
{
    /// <summary>Said in the report when nobody opened the incident: the figure rests on an assumption, not on what was shown.</summary>
    public const string NeverOpened = "No options were ever shown for this incident: priced on the picture as it stood when it was reported.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<ImpedimentCost>> CostAsync(IncidentHistory incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var inputs = await InputsAsync(incident, cancellationToken);
        if (inputs is not { } found)
        {
            return [];
        }

        if (await costStore.FindAsync(found.FixedBy, cancellationToken) is { } known)
        {
            return known;
        }

        var costs = await WorkOutAsync(incident, found.NineLine, cancellationToken);
        await costStore.SaveAsync(found.FixedBy, PlannedAt(incident), costs, cancellationToken);
        return costs;
    }

    public async Task<IReadOnlyList<ImpedimentCost>?> RecordedAsync(IncidentHistory incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return await InputsAsync(incident, cancellationToken) is { } found ? await costStore.FindAsync(found.FixedBy, cancellationToken) : [];
    }

    /// <summary>Works the costs out with the engine now, neither reading nor recording a figure (what a first report pays per incident).</summary>
    public async Task<IReadOnlyList<ImpedimentCost>> WorkOutAsync(IncidentHistory incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return await InputsAsync(incident, cancellationToken) is { } found ? await WorkOutAsync(incident, found.NineLine, cancellationToken) : [];
    }

    private async Task<IReadOnlyList<ImpedimentCost>> WorkOutAsync(IncidentHistory incident, NineLine nineLine, CancellationToken cancellationToken)
    {
        var plannedAt = PlannedAt(incident);
        var picture = await pictures.AtAsync(plannedAt, cancellationToken);
        var request = OptionPlanner.RequestFor(incident.IncidentId, nineLine, incident.InjuredAt, incident.ReportedAt);
        var costs = costing.Cost(request, OptionPlanner.SituationFrom(picture, plannedAt));
        return incident.Milestones.OptionsShownAt is null
            ? [.. costs.Select(c => c with { Note = NeverOpened })]
            : costs;
    }

    /// <summary>
    /// The 9-line as reported and the sequence of the event that fixed the moment priced (the first options shown, else
    /// the report); null when the log holds no report.
    /// </summary>
    private async Task<(NineLine NineLine, long FixedBy)?> InputsAsync(IncidentHistory incident, CancellationToken cancellationToken)
    {
        var recorded = await events.ReadStreamAsync(StreamIds.Incident(incident.IncidentId), 0, cancellationToken);
        var reported = recorded.FirstOrDefault(e => e.Type == "IncidentReported");
        if (reported is null)
        {
            return null;
        }

        NineLine? nineLine;
        using (var document = JsonDocument.Parse(reported.Data))
        {
            nineLine = document.RootElement.GetProperty("nineLine").Deserialize<NineLine>(Json);
        }

        return nineLine is null ? null : (nineLine, PricingKey(reported.Sequence, recorded.FirstOrDefault(e => e.Type == "OptionsProposed")?.Sequence));
    }

    /// <summary>
    /// The sequence the figures are recorded under: the first options shown (what the duty officer faced), else the
    /// report. The background pricer works it out from the log alone, so it must agree with this.
    /// </summary>
    public static long PricingKey(long reportedSequence, long? firstOptionsSequence) => firstOptionsSequence ?? reportedSequence;

    /// <summary>When the first options were computed; the report time for an incident that never got any.</summary>
    public static DateTimeOffset PlannedAt(IncidentHistory incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Milestones.OptionsShownAt ?? incident.ReportedAt;
    }
}

using System.Text.Json;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>
/// The tasking engine's what-if on an incident's recorded inputs: the 9-line as it was reported and the picture rebuilt
/// from the log at the moment options were first shown (when the casualty began to wait on a decision), mapped to the
/// engine by the live planner's own mapping. Lives in the host because only the host knows both the log and the grains'
/// mapping; reads only.
/// </summary>
public sealed class RecordedWhatIfCosts(IEventStore events, PictureAtTime pictures, WhatIfCosting costing) : IWhatIfCostSource
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<ImpedimentCost>> CostAsync(IncidentHistory incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var recorded = await events.ReadStreamAsync("incident-" + incident.IncidentId, 0, cancellationToken);
        var reported = recorded.FirstOrDefault(e => e.Type == "IncidentReported");
        if (reported is null)
        {
            return [];
        }

        NineLine? nineLine;
        using (var document = JsonDocument.Parse(reported.Data))
        {
            nineLine = document.RootElement.GetProperty("nineLine").Deserialize<NineLine>(Json);
        }

        if (nineLine is null)
        {
            return [];
        }

        var plannedAt = PlannedAt(incident);
        var picture = await pictures.AtAsync(plannedAt, cancellationToken);
        var request = OptionPlanner.RequestFor(incident.IncidentId, nineLine, incident.InjuredAt, incident.ReportedAt);
        return costing.Cost(request, OptionPlanner.SituationFrom(picture, plannedAt));
    }

    /// <summary>When the first options were computed; the report time for an incident that never got any.</summary>
    public static DateTimeOffset PlannedAt(IncidentHistory incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Milestones.OptionsShownAt ?? incident.ReportedAt;
    }
}

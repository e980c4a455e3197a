using System.Text.Json;
using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>One recorded event: <c>{sequence, type, occurredAt, recordedAt, actor, data}</c>, data as the event's JSON object.</summary>
public sealed record IncidentEventView(long Sequence, long Version, string Type, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string Actor, JsonElement Data, string? CorrelationId)
{
    public static IncidentEventView From(IncidentEventRecord e)
    {
        using var data = JsonDocument.Parse(string.IsNullOrWhiteSpace(e.Data) ? "{}" : e.Data);
        return new(e.Sequence, e.Version, e.Type, e.OccurredAt, e.RecordedAt, e.Actor, data.RootElement.Clone(), e.CorrelationId);
    }
}

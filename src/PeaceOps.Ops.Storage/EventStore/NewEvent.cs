namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>An event about to be appended. <paramref name="Data"/> is the JSON payload (camelCase).</summary>
public sealed record NewEvent(
    string Type,
    string Data,
    DateTimeOffset OccurredAt,
    string Actor,
    string? CorrelationId = null,
    string? CausationId = null,
    string? IdempotencyKey = null);

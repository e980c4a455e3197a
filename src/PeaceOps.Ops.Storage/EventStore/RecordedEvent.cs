namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>An event as the log holds it: its place in the global order and in its stream, and when it was recorded.</summary>
public sealed record RecordedEvent(
    long Sequence,
    string StreamId,
    long Version,
    string Type,
    string Data,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Actor,
    string? CorrelationId,
    string? CausationId,
    string? IdempotencyKey);

namespace PeaceOps.Ops.Contracts.Events;

/// <summary>
/// An event of the append-only log: every one records when it happened, who did it, the correlation id of the request
/// and the idempotency key of the command (so a retried command is recognised and has no second effect).
/// The same values are in the log's columns; keeping them in the payload too makes an event self-describing for replay.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.event")]
public abstract record OpsEvent
{
    [Id(0)]
    public DateTimeOffset OccurredAt { get; init; }

    [Id(1)]
    public string Actor { get; init; } = "system";

    [Id(2)]
    public string? CorrelationId { get; init; }

    [Id(3)]
    public string? IdempotencyKey { get; init; }
}

namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>Which of the log's unique constraints the database refused an insert for.</summary>
internal enum UniqueViolation
{
    None,
    StreamVersion,
    IdempotencyKey,
}

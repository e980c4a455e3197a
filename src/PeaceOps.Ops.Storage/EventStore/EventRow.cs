namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>An event with its stream version and recording time decided, ready for the INSERT.</summary>
internal readonly record struct EventRow(string StreamId, long Version, NewEvent Event, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt);

namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>The stream moved on since the writer read it: reload and decide again.</summary>
public sealed class ConcurrencyException(string streamId, long expectedVersion, long actualVersion)
    : Exception($"Stream '{streamId}' is at version {actualVersion}, not the expected {expectedVersion}.")
{
    public string StreamId { get; } = streamId;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;
}

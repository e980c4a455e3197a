namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>What became of one append in a group: its new stream version, or why it was refused.</summary>
internal readonly record struct AppendOutcome(long Version, Exception? Error)
{
    public static AppendOutcome Appended(long version) => new(version, null);

    public static AppendOutcome Refused(Exception error) => new(0, error);

    public long VersionOrThrow() => Error is null ? Version : throw Error;
}

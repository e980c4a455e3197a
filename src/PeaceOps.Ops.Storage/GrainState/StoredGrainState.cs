namespace PeaceOps.Ops.Storage.GrainState;

/// <summary>
/// A grain's state as stored: the JSON (null when never written or cleared) and the ETag to present on the next
/// write (null only when the grain was never written).
/// </summary>
public sealed record StoredGrainState(string? Json, string? ETag)
{
    public static StoredGrainState None { get; } = new(null, null);

    public bool RecordExists => Json is not null;
}

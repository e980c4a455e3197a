namespace PeaceOps.Ops.Storage.GroupCommit;

/// <summary>
/// When a group is written: as soon as it holds <see cref="MaxBatchSize"/> items, or as many as the group written
/// before it (callers awaiting their last write are all back), or <see cref="MaxDelay"/> after its first item
/// arrived, whichever comes first. While one group is being written the next one fills up, so under load groups
/// grow by themselves; the delay only matters when fewer writers come back than last time.
/// </summary>
public sealed record GroupCommitOptions
{
    /// <summary>
    /// For commands a person waits on: no <see cref="MaxDelay"/>, so a lone command costs one commit, not a commit
    /// plus a delay; groups still form from whatever queued while the previous group was committing.
    /// </summary>
    public static GroupCommitOptions Commands { get; } = new() { MaxDelay = TimeSpan.Zero };

    public int MaxBatchSize { get; init; } = 1000;

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(2);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, TimeSpan.Zero, nameof(MaxDelay));
    }
}

namespace PeaceOps.Ops.Storage.Snapshots;

/// <summary>The picture of one <paramref name="Kind"/> at <paramref name="At"/>, folded from the log up to and including <paramref name="Sequence"/>.</summary>
public sealed record ReplaySnapshot(string Kind, long Sequence, DateTimeOffset At, string Data, DateTimeOffset RecordedAt);

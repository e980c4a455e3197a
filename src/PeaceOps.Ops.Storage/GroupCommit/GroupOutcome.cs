namespace PeaceOps.Ops.Storage.GroupCommit;

/// <summary>What the group's writer decided for one item: its result, or the error to hand its caller.</summary>
internal readonly record struct GroupOutcome<TResult>(TResult Result, Exception? Error);

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Invalid input, naming the offending field (e.g. <c>zones[3].boundary</c>), so the edge can answer 400.</summary>
public sealed record InputError(string Field, string Message);

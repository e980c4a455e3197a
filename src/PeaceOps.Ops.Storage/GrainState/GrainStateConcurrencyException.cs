namespace PeaceOps.Ops.Storage.GrainState;

/// <summary>Someone else wrote the grain's state since this writer read it (Orleans: InconsistentStateException).</summary>
public sealed class GrainStateConcurrencyException(string grainType, string grainId, string? expectedETag, string? actualETag)
    : Exception($"State of {grainType}/{grainId} has ETag '{actualETag ?? "(none)"}', not the expected '{expectedETag ?? "(none)"}'.")
{
    public string GrainType { get; } = grainType;

    public string GrainId { get; } = grainId;

    public string? ExpectedETag { get; } = expectedETag;

    public string? ActualETag { get; } = actualETag;
}

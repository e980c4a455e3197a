namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>What became of a batch: accepted, ignored as a repeat of a known report id, or ignored as older than the last position.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.position-report-result")]
public sealed record PositionReportResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] int OutOfOrder);

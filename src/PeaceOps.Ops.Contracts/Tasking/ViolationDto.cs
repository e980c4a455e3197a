namespace PeaceOps.Ops.Contracts.Tasking;

/// <summary>A broken rule with its stable code (NIGHT_NOT_AUTHORISED, ZONE_RESTRICTED...), as CONTRACT.md shows it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.violation")]
public sealed record ViolationDto(
    [property: Id(0)] string Code,
    [property: Id(1)] ViolationSeverity Severity,
    [property: Id(2)] string Message);

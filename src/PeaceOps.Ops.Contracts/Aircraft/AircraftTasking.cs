namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>The one CASEVAC tasking an aircraft holds.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.aircraft-tasking")]
public sealed record AircraftTasking(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] string FacilityId,
    [property: Id(2)] DateTimeOffset TaskedAt,
    [property: Id(3)] string TaskedBy);

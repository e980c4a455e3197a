namespace PeaceOps.Ops.Contracts.Common;

/// <summary>
/// A virtual actor always exists, so "unknown" means: never registered (aircraft, facility) or never reported (incident).
/// Such a grain answers every query and command except its registration with this exception.
/// </summary>
[GenerateSerializer, Alias("peaceops.entity-not-found")]
public sealed class EntityNotFoundException : OpsCommandException
{
    public EntityNotFoundException()
    {
    }

    public EntityNotFoundException(string kind, string id)
        : base("NOT_FOUND", $"No {kind} '{id}' is known.")
    {
        Kind = kind;
        EntityId = id;
    }

    /// <summary>"aircraft", "facility", "incident", "airspace zone", "landing site".</summary>
    [Id(0)]
    public string Kind { get; init; } = "";

    [Id(1)]
    public string EntityId { get; init; } = "";
}

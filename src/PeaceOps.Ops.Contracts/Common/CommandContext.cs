namespace PeaceOps.Ops.Contracts.Common;

/// <summary>
/// Who asks, why, and the key that makes a retry harmless. Every command accepted from outside carries one;
/// a second command with the same <see cref="IdempotencyKey"/> on the same entity has no second effect.
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.command-context")]
public sealed record CommandContext(
    [property: Id(0)] string Actor,
    [property: Id(1)] string IdempotencyKey,
    [property: Id(2)] string? CorrelationId = null)
{
    /// <summary>For changes the system makes itself (scenario load, re-plan flags), keyed so that a replay of the cause is idempotent too.</summary>
    public static CommandContext System(string idempotencyKey, string? correlationId = null) => new("system", idempotencyKey, correlationId);
}

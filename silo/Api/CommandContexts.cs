using System.Security.Claims;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api;

/// <summary>Who asks (the token's user, recorded in the event log) and the retry key (the Idempotency-Key header, else a fresh one).</summary>
public static class CommandContexts
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static CommandContext For(HttpContext http, string? idempotencyKey = null)
    {
        var key = idempotencyKey;
        if (string.IsNullOrWhiteSpace(key) && http.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            key = header.ToString();
        }

        return new CommandContext(http.User.Actor(), string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N") : key, http.TraceIdentifier);
    }

    public static string ActorOf(ClaimsPrincipal user) => user.Actor();
}

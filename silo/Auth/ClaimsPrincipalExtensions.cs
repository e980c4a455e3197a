using System.Security.Claims;

namespace PeaceOps.Ops.Silo.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>Who did it, as recorded in the event log: the token's user name, else its subject.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.Identity?.Name
        ?? user.FindFirst("sub")?.Value
        ?? throw new InvalidOperationException("An authenticated user without a name or subject claim reached a command.");
}

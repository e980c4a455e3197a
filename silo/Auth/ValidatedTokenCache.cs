using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// The JWT handler with a short memory of the tokens it has accepted. A tracker sends the same bearer token with every
/// position post (up to 2,000 posts/s in a burst), and validating it afresh each time (parse, HMAC, claims) was ~7% of
/// the silo's CPU per post (docs/performance/api.md). A token cannot change: the same string under the same settings
/// validates to the same identity until it expires. So an accepted token is remembered by its exact string, never
/// past its own expiry, and for at most <see cref="MaxAge"/>, after which it is validated in full again: a signing key
/// an identity provider withdraws stops being honoured within that time. Refusals are never remembered.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time) : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Far more than the signed-in users and trackers; random tokens cannot grow it past this.</summary>
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, Accepted> _accepted = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (token is not null && _accepted.TryGetValue(token, out var known))
        {
            if (now < known.Until)
            {
                // A copy per request: whatever a request does to its identity stays in that request.
                return new TokenValidationResult
                {
                    IsValid = true,
                    SecurityToken = known.Token,
                    ClaimsIdentity = known.Identity.Clone(),
                    Issuer = known.Issuer,
                    TokenType = known.TokenType,
                };
            }

            _accepted.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && token is not null && result.SecurityToken is { } validated && result.ClaimsIdentity is { } identity)
        {
            if (_accepted.Count >= MaxEntries)
            {
                _accepted.Clear();
            }

            var expires = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc));
            var until = now + MaxAge < expires ? now + MaxAge : expires;
            _accepted[token] = new Accepted(validated, identity.Clone(), result.Issuer, result.TokenType, until);
        }

        return result;
    }

    private sealed record Accepted(SecurityToken Token, ClaimsIdentity Identity, string? Issuer, string? TokenType, DateTimeOffset Until);
}

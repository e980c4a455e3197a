using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PeaceOps.Ops.Silo.Configuration;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>Signs the product's own access tokens (embedded mode), with the same claim names an identity provider would use.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey signingKey, IOptions<PeaceOpsOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(string username, IReadOnlyList<string> roles)
    {
        var auth = options.Value.Auth;
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(auth.TokenLifetimeMinutes);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = username,
            [auth.NameClaimType] = username,
            [auth.RoleClaimType] = roles.ToArray(),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }
}

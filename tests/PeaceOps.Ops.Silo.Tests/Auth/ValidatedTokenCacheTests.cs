using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Tests.Auth;

/// <summary>
/// Remembering accepted tokens must never accept what full validation would refuse, except a withdrawn signing key for
/// at most <see cref="ValidatedTokenCache.MaxAge"/>, the trade-off it states.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Issuer = "peaceops-test";
    private const string Audience = "peaceops-api";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private readonly SymmetricSecurityKey _key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) { KeyId = "key-a" };

    [Fact]
    public async Task A_token_seen_before_gives_each_request_its_own_copy_of_the_same_identity()
    {
        var cache = new ValidatedTokenCache(_clock) { MapInboundClaims = false };
        var token = Issue(TimeSpan.FromHours(1), "duty", "DutyOfficer");

        var first = await cache.ValidateTokenAsync(token, Parameters(_key));
        var second = await cache.ValidateTokenAsync(token, Parameters(_key));

        first.IsValid.Should().BeTrue();
        second.IsValid.Should().BeTrue();
        second.ClaimsIdentity.Name.Should().Be("duty");
        second.ClaimsIdentity.FindAll("role").Select(c => c.Value).Should().Equal("DutyOfficer");
        first.ClaimsIdentity.AddClaim(new Claim("role", "Admin"));
        var third = await cache.ValidateTokenAsync(token, Parameters(_key));
        third.ClaimsIdentity.FindAll("role").Select(c => c.Value).Should().Equal("DutyOfficer");
    }

    [Fact]
    public async Task A_token_seen_before_is_refused_once_it_expires()
    {
        var cache = new ValidatedTokenCache(_clock) { MapInboundClaims = false };
        var token = Issue(TimeSpan.FromSeconds(30), "tracker", "PositionReporter");
        (await cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();

        _clock.Advance(TimeSpan.FromSeconds(31));
        var late = await cache.ValidateTokenAsync(token, Parameters(_key));

        late.IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task A_token_altered_after_a_good_one_was_seen_is_refused()
    {
        var cache = new ValidatedTokenCache(_clock) { MapInboundClaims = false };
        var token = Issue(TimeSpan.FromHours(1), "duty", "DutyOfficer");
        (await cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();

        var forged = Issue(TimeSpan.FromHours(1), "duty", "Admin");
        var forgedWithTheGoodSignature = forged[..forged.LastIndexOf('.')] + token[token.LastIndexOf('.')..];

        (await cache.ValidateTokenAsync(forgedWithTheGoodSignature, Parameters(_key))).IsValid.Should().BeFalse();
        (await cache.ValidateTokenAsync(forgedWithTheGoodSignature, Parameters(_key))).IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task A_withdrawn_signing_key_stops_being_honoured_within_the_max_age()
    {
        var cache = new ValidatedTokenCache(_clock) { MapInboundClaims = false };
        var token = Issue(TimeSpan.FromHours(1), "duty", "DutyOfficer");
        (await cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();
        var otherKey = new SymmetricSecurityKey(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()) { KeyId = "key-b" };

        _clock.Advance(ValidatedTokenCache.MaxAge);

        (await cache.ValidateTokenAsync(token, Parameters(otherKey))).IsValid.Should().BeFalse();
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = "name",
        RoleClaimType = "role",
        ClockSkew = TimeSpan.Zero,
        // Full validation on the test's clock too (its own default is the system clock).
        LifetimeValidator = (notBefore, expires, _, _) => notBefore <= _clock.GetUtcNow().UtcDateTime && _clock.GetUtcNow().UtcDateTime < expires,
    };

    private string Issue(TimeSpan lifetime, string name, string role)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["name"] = name, ["role"] = new[] { role } },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }
}

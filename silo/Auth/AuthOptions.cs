using System.ComponentModel.DataAnnotations;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// Section <c>PeaceOps:Auth</c>. Embedded mode signs its own tokens for the demo accounts;
/// production validates tokens from an OpenID Connect authority (<see cref="Authority"/>).
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The demo accounts (duty, medical, reviewer, admin; password <c>&lt;username&gt;-demo</c>). Refused in cluster mode.</summary>
    public bool DemoAccounts { get; set; } = true;

    /// <summary>OpenID Connect authority whose tokens are accepted (e.g. https://login.example.org/realms/mission). Empty: the product issues its own.</summary>
    [MaxLength(2000)]
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Audience { get; set; } = "peaceops-ops";

    /// <summary>Issuer of the product's own tokens (embedded mode).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Issuer { get; set; } = "peaceops-ops";

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes) for the product's own tokens; empty: generated once and kept in the data directory.</summary>
    [MaxLength(512)]
    public string? SigningKey { get; set; }

    /// <summary>How long an issued token lasts: a JOC shift.</summary>
    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 12 * 60;

    /// <summary>The claim that carries the user's name (recorded as the actor of every command).</summary>
    [Required(AllowEmptyStrings = false)]
    public string NameClaimType { get; set; } = "preferred_username";

    /// <summary>The claim that carries the user's roles.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RoleClaimType { get; set; } = "role";

    /// <summary>Login attempts per minute for one username from one client address (guessing passwords).</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Login requests per minute from one client address, whatever the username (bounds password-hashing work).</summary>
    [Range(1, 100_000)]
    public int LoginRequestsPerMinutePerAddress { get; set; } = 120;

    /// <summary>Whether HTTPS is required to fetch the authority's metadata (off only for a local test identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

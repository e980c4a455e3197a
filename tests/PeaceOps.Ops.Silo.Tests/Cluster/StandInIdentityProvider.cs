using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PeaceOps.Ops.Silo.Tests.Cluster;

/// <summary>
/// Cluster mode accepts only tokens from the mission's identity provider, which a test cannot reach. This stands in
/// for it: every host of the test is given the same static OpenID configuration (issuer and signing key) instead of
/// fetching discovery, and the test signs its users' tokens with that key. Validation rules stay the product's.
/// </summary>
public sealed class StandInIdentityProvider
{
    public const string Authority = "https://idp.peaceops.invalid/realms/peaceops";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));

    public void Configure(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
            configuration.SigningKeys.Add(_key);
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });

    /// <summary>A token as the identity provider would issue it: the product's audience, name and role claims.</summary>
    public string TokenFor(string username, string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = "peaceops-ops",
            Subject = new ClaimsIdentity([new Claim("preferred_username", username), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using PeaceOps.Ops.Silo.Configuration;

namespace PeaceOps.Ops.Silo.Auth;

public static class AuthRegistration
{
    /// <summary>Rate-limiter policy on the login endpoint: requests per client address.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>
    /// JWT bearer authentication (tokens from the configured authority, or the product's own in embedded mode),
    /// the role policies, and the login throttle.
    /// </summary>
    public static IServiceCollection AddPeaceOpsAuth(this IServiceCollection services, PeaceOpsOptions options, string dataDirectory)
    {
        var auth = options.Auth;
        var ownTokens = string.IsNullOrWhiteSpace(auth.Authority);
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        authentication.AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Events = new JwtBearerEvents { OnMessageReceived = BearerTokenSources.FromQueryOrCookie };
            jwt.TokenValidationParameters.NameClaimType = auth.NameClaimType;
            jwt.TokenValidationParameters.RoleClaimType = auth.RoleClaimType;
            jwt.TokenValidationParameters.ValidAudience = auth.Audience;
            jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            if (!ownTokens)
            {
                jwt.Authority = auth.Authority;
                jwt.Audience = auth.Audience;
                jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            }
        });

        // Replaces the default handler with one that remembers accepted tokens; it maps inbound claims exactly as the
        // options above say (this runs after them), so the setting has one home.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((jwt, time) =>
        {
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new ValidatedTokenCache(time) { MapInboundClaims = jwt.MapInboundClaims });
        });

        if (ownTokens)
        {
            var key = TokenSigningKey.Load(auth, dataDirectory);
            services.AddSingleton(key);
            services.AddSingleton<TokenIssuer>();
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.TokenValidationParameters.ValidIssuer = auth.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = key;
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            });
        }

        services.AddSingleton<IAccountDirectory>(ownTokens && auth.DemoAccounts ? new DemoAccountDirectory() : new NoAccountDirectory());
        services.AddSingleton<LoginThrottle>();
        services.AddAuthorizationBuilder().AddPeaceOpsPolicies();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.LoginRequestsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) => new ValueTask(TooManyAttempts(context.HttpContext, context.Lease));
        });
        return services;
    }

    /// <summary>A 429 problem with Retry-After, for both the middleware limiter and the per-username throttle.</summary>
    public static Task TooManyAttempts(HttpContext context, RateLimitLease? lease)
    {
        var retryAfter = lease is not null && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            title: "Too many sign-in attempts",
            detail: $"Try again in {(int)Math.Ceiling(retryAfter.TotalSeconds)} s.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }
}

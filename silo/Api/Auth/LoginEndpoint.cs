using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Auth;

/// <summary><c>POST /api/v1/auth/login</c>: the product's own sign-in (embedded mode). Anonymous by nature, rate-limited.</summary>
public static class LoginEndpoint
{
    private const int MaxUsernameLength = 100;
    private const int MaxPasswordLength = 256;

    public static RouteGroupBuilder MapLogin(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(AuthRegistration.LoginRateLimit)
            .WithTags("Authentication")
            .WithSummary("Sign in with a username and password; returns a bearer token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult, EmptyHttpResult>> Login(
        LoginRequest request,
        HttpContext context,
        IAccountDirectory accounts,
        IServiceProvider services,
        LoginThrottle throttle,
        ILogger<LoginRequest> logger)
    {
        var errors = new FieldErrors();
        errors.RequireText("username", request.Username, MaxUsernameLength);
        errors.RequireText("password", request.Password, MaxPasswordLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var username = request.Username!.Trim();
        if (!throttle.TryAttempt(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", username))
        {
            await AuthRegistration.TooManyAttempts(context, lease: null);
            return TypedResults.Empty;
        }

        var user = accounts.Verify(username, request.Password!);
        var issuer = services.GetService<TokenIssuer>();
        if (user is null || issuer is null)
        {
            // The username is logged to spot guessing; the password never is.
            logger.LogWarning("Sign-in refused for {Username} from {Address}", username, context.Connection.RemoteIpAddress);
            return TypedResults.Problem(title: "Sign-in refused", detail: "Unknown username or wrong password.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var token = issuer.Issue(user.Username, user.Roles);
        if (user.Roles.Contains(Roles.Admin))
        {
            context.Response.Cookies.Append(BearerTokenSources.OrleansDashboardCookie, token.AccessToken, new CookieOptions
            {
                Path = BearerTokenSources.OrleansDashboardPath,
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Expires = token.ExpiresAt,
            });
        }

        logger.LogInformation("{Username} signed in ({Roles})", user.Username, string.Join(",", user.Roles));
        return TypedResults.Ok(new LoginResponse(token.AccessToken, "Bearer", token.ExpiresAt, user.Roles));
    }
}

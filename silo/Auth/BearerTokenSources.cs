using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// Where a token may come from besides the Authorization header, each only where a browser cannot send that header:
/// the SignalR hub (WebSockets and server-sent events carry no headers, so the client puts it in <c>access_token</c>),
/// and the Orleans dashboard (plain page navigation: an HttpOnly cookie set at an Admin's login, scoped to its path).
/// </summary>
public static class BearerTokenSources
{
    public const string HubPath = "/hubs";
    public const string OrleansDashboardPath = "/orleans";
    public const string OrleansDashboardCookie = "peaceops_orleans";

    public static Task FromQueryOrCookie(MessageReceivedContext context)
    {
        var request = context.HttpContext.Request;
        if (!string.IsNullOrEmpty(context.Token) || request.Headers.Authorization.Count > 0)
        {
            return Task.CompletedTask;
        }

        if (request.Path.StartsWithSegments(HubPath) && request.Query.TryGetValue("access_token", out var fromQuery))
        {
            context.Token = fromQuery.ToString();
        }
        else if (request.Path.StartsWithSegments(OrleansDashboardPath) && request.Cookies.TryGetValue(OrleansDashboardCookie, out var fromCookie))
        {
            context.Token = fromCookie;
        }

        return Task.CompletedTask;
    }
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>
/// Walks every endpoint the running product maps and proves that none is open by accident: each names a known policy or
/// is deliberately anonymous, and each protected one answers 401 without a token and 403 to every role its policy excludes.
/// </summary>
public sealed class EndpointAuthorizationTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Which demo users each policy lets in.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["ReadPicture"] = ["duty", "medical", "reviewer", "admin"],
        ["Tasking"] = ["duty"],
        ["FacilityStatus"] = ["medical", "admin"],
        ["PositionReports"] = ["admin", "duty"],
        ["Administration"] = ["admin"],
        ["Review"] = ["reviewer", "duty", "admin"],
    };

    private static readonly string[] Users = ["duty", "medical", "reviewer", "admin"];

    private IReadOnlyList<RouteEndpoint> Endpoints =>
        api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();

    private static bool IsProtectedArea(string route) =>
        route.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
        || route.StartsWith("/hubs", StringComparison.OrdinalIgnoreCase)
        || route.StartsWith("/orleans", StringComparison.OrdinalIgnoreCase);

    private static string Route(RouteEndpoint e) => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');

    [Fact]
    public async Task Every_endpoint_names_a_known_policy_or_is_deliberately_anonymous()
    {
        var policies = api.Host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = Endpoints;
        endpoints.Should().Contain(e => Route(e).StartsWith("/api/v1/incidents", StringComparison.Ordinal));

        foreach (var endpoint in endpoints)
        {
            var route = Route(endpoint);
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                var deliberatelyOpen = route == "/api/v1/auth/login" || !IsProtectedArea(route);
                deliberatelyOpen.Should().BeTrue($"{route} is anonymous but lies in a protected area");
                continue;
            }

            // The dashboard's static files (a catch-all the static asset middleware maps outside /api, /hubs and /orleans)
            // are public by design: the page itself holds no data and signs in through the API.
            if (!IsProtectedArea(route) && route.Contains(":file}", StringComparison.Ordinal))
            {
                continue;
            }

            var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).ToArray();
            named.Should().NotBeEmpty($"{route} must name its policy explicitly");
            foreach (var policy in named)
            {
                (await policies.GetPolicyAsync(policy!)).Should().NotBeNull($"{route} names policy {policy}, which must exist");
            }
        }
    }

    [Fact]
    public void Every_hub_method_names_its_policy()
    {
        var methods = typeof(OpsHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync"))
            .ToArray();

        methods.Should().NotBeEmpty();
        foreach (var method in methods)
        {
            method.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>()
                .Should().ContainSingle(a => !string.IsNullOrEmpty(a.Policy), $"hub method {method.Name} must name its policy");
        }

        typeof(OpsHub).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Every_protected_api_endpoint_refuses_a_request_without_a_token()
    {
        foreach (var (method, path, _) in ProtectedApiCalls())
        {
            using var request = Request(method, path);
            using var response = await api.Anonymous.SendAsync(request, Cancel);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {path} without a token");
        }
    }

    [Fact]
    public async Task Every_protected_api_endpoint_forbids_the_roles_its_policy_excludes()
    {
        var checkedCalls = 0;
        foreach (var (method, path, policy) in ProtectedApiCalls())
        {
            foreach (var user in Users.Except(Allowed[policy]))
            {
                using var client = await api.ClientAsync(user);
                using var request = Request(method, path);
                using var response = await client.SendAsync(request, Cancel);
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} may not {method} {path} (policy {policy})");
                checkedCalls++;
            }
        }

        checkedCalls.Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task The_hub_refuses_to_negotiate_without_a_token()
    {
        using var content = new StringContent("", Encoding.UTF8);
        using var response = await api.Anonymous.PostAsync(new Uri("/hubs/ops/negotiate?negotiateVersion=1", UriKind.Relative), content, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_hub_negotiates_with_a_token_in_the_query_string()
    {
        using var content = new StringContent("", Encoding.UTF8);
        var token = await api.TokenAsync("reviewer");
        using var response = await api.Anonymous.PostAsync(new Uri($"/hubs/ops/negotiate?negotiateVersion=1&access_token={token}", UriKind.Relative), content, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private IEnumerable<(string Method, string Path, string Policy)> ProtectedApiCalls()
    {
        foreach (var endpoint in Endpoints)
        {
            var route = Route(endpoint);
            if (!route.StartsWith("/api/v1", StringComparison.Ordinal) || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Last(p => !string.IsNullOrEmpty(p))!;
            var path = System.Text.RegularExpressions.Regex.Replace(route, "{[^}]+}", "x");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return (method, path, policy);
            }
        }
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}

using System.Net;
using System.Net.Http.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Auth;

/// <summary>The Orleans dashboard shows every grain in the cluster: only an Admin sees it, from a browser too (cookie set at login).</summary>
public sealed class OrleansDashboardAccessTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_token_the_orleans_dashboard_is_refused()
    {
        using var response = await api.Anonymous.GetAsync(new Uri("/orleans", UriKind.Relative), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("duty")]
    [InlineData("medical")]
    [InlineData("reviewer")]
    public async Task A_user_who_is_not_admin_is_forbidden_the_orleans_dashboard(string user)
    {
        using var client = await api.ClientAsync(user);

        using var response = await client.GetAsync(new Uri("/orleans", UriKind.Relative), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_browser_reaches_the_orleans_dashboard_with_the_cookie_set_at_login()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var browser = new HttpClient(handler) { BaseAddress = api.Host.BaseAddress };

        using var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-demo" }, Cancel);
        using var page = await browser.GetAsync(new Uri("/orleans", UriKind.Relative), Cancel);

        login.StatusCode.Should().Be(HttpStatusCode.OK);
        cookies.GetCookies(new Uri(api.Host.BaseAddress, "/orleans"))["peaceops_orleans"]!.HttpOnly.Should().BeTrue();
        page.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_non_admin_login_sets_no_dashboard_cookie()
    {
        using var response = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "reviewer", password = "reviewer-demo" }, Cancel);

        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }
}

using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Auth;

public sealed class LoginTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("duty", "DutyOfficer")]
    [InlineData("medical", "MedicalCoordinator")]
    [InlineData("reviewer", "Reviewer")]
    [InlineData("admin", "Admin")]
    public async Task A_demo_account_signs_in_and_gets_a_bearer_token_with_its_role(string user, string role)
    {
        using var response = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" }, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        body.RootElement.GetProperty("tokenType").GetString().Should().Be("Bearer");
        body.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal(role);
        body.RootElement.GetProperty("expiresAt").GetString().Should().EndWith("Z");
        var token = new JwtSecurityTokenHandler().ReadJwtToken(body.RootElement.GetProperty("accessToken").GetString());
        token.Claims.Should().Contain(c => c.Type == "preferred_username" && c.Value == user);
        token.Claims.Should().Contain(c => c.Type == "role" && c.Value == role);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_401_problem_details()
    {
        using var response = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "duty", password = "wrong" }, Cancel);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.Unauthorized);
        problem.ContentType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_user_is_refused_exactly_like_a_wrong_password()
    {
        using var unknown = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "nobody", password = "nobody-demo" }, Cancel);
        using var wrong = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "medical", password = "nobody-demo" }, Cancel);

        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var unknownBody = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(Cancel));
        using var wrongBody = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync(Cancel));
        foreach (var member in new[] { "status", "title", "detail" })
        {
            unknownBody.RootElement.GetProperty(member).ToString().Should().Be(wrongBody.RootElement.GetProperty(member).ToString());
        }
    }

    [Fact]
    public async Task A_missing_password_is_a_400_naming_the_field()
    {
        using var response = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "duty" }, Cancel);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Fields.Should().Equal("password");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var content = new StringContent("{\"username\": \"duty\", ", Encoding.UTF8, "application/json");
        using var response = await api.Anonymous.PostAsync(new Uri("/api/v1/auth/login", UriKind.Relative), content, Cancel);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_wrong_type_is_a_400_naming_the_field()
    {
        using var content = new StringContent("{\"username\": 42, \"password\": \"x\"}", Encoding.UTF8, "application/json");
        using var response = await api.Anonymous.PostAsync(new Uri("/api/v1/auth/login", UriKind.Relative), content, Cancel);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Fields.Should().Equal("username");
    }

    [Fact]
    public async Task A_token_from_the_login_is_accepted_and_a_forged_one_is_not()
    {
        var token = await api.TokenAsync("admin");
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var good = await Get("/orleans", token);
        using var bad = await Get("/orleans", forged);

        good.StatusCode.Should().Be(HttpStatusCode.OK);
        bad.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> Get(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return await api.Anonymous.SendAsync(request, Cancel);
    }
}

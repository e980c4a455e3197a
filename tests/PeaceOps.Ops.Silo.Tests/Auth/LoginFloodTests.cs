using System.Net;
using System.Net.Http.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Auth;

public sealed class LoginFloodTests(LoginFloodTests.StrictHost api) : IClassFixture<LoginFloodTests.StrictHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Flooding_the_login_from_one_address_is_stopped_whatever_the_username()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var response = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = $"user{attempt}", password = "x" }, Cancel);
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Count(s => s == HttpStatusCode.Unauthorized).Should().Be(10);
    }

    /// <summary>A host that allows 10 login requests per client address per minute.</summary>
    public sealed class StrictHost : ApiHost
    {
        protected override IEnumerable<string> ExtraArgs => ["--PeaceOps:Auth:LoginRequestsPerMinutePerAddress=10"];
    }
}

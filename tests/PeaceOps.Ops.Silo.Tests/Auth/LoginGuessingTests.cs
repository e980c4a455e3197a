using System.Net;
using System.Net.Http.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Auth;

public sealed class LoginGuessingTests(LoginGuessingTests.StrictHost api) : IClassFixture<LoginGuessingTests.StrictHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Guessing_one_users_password_is_stopped_with_429_while_other_users_still_sign_in()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var guess = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "duty", password = $"guess-{attempt}" }, Cancel);
            statuses.Add(guess.StatusCode);
        }

        using var rightPasswordTooLate = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "duty", password = "duty-demo" }, Cancel);
        using var otherUser = await api.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "medical", password = "medical-demo" }, Cancel);

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        rightPasswordTooLate.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        rightPasswordTooLate.Headers.RetryAfter.Should().NotBeNull();
        (await Problem.ReadAsync(rightPasswordTooLate)).ContentType.Should().Be("application/problem+json");
        otherUser.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>A host that allows 3 attempts per user and address per minute.</summary>
    public sealed class StrictHost : ApiHost
    {
        protected override IEnumerable<string> ExtraArgs => ["--PeaceOps:Auth:LoginAttemptsPerMinute=3"];
    }
}

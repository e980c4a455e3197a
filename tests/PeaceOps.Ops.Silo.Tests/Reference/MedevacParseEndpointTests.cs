using System.Net;
using System.Text;
using System.Text.Json;

namespace PeaceOps.Ops.Silo.Tests.Reference;

public sealed class MedevacParseEndpointTests(ReferenceHostFixture host) : IClassFixture<ReferenceHostFixture>
{
    private const string NineLine = "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1 B1 C1\nLINE 4: A\nLINE 5: L2 A1\nLINE 6: P\nLINE 7: C\nLINE 8: C3\nLINE 9: NONE";

    [Fact]
    public async Task A_typed_nine_line_comes_back_normalised()
    {
        var response = await PostAsync(NineLine.ToLowerInvariant(), "text/plain");

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        using var body = JsonDocument.Parse(text);
        var nineLine = body.RootElement.GetProperty("nineLine");
        nineLine.GetProperty("pickup").GetProperty("mgrs").GetString().Should().Be("30QZD1639100716");
        nineLine.GetProperty("precedence").GetProperty("urgentSurgical").GetInt32().Should().Be(1);
        nineLine.GetProperty("security").GetString().Should().Be("possibleEnemy");
        body.RootElement.GetProperty("canonicalText").GetString().Should().Be(NineLine);
    }

    [Fact]
    public async Task The_json_model_is_accepted_too()
    {
        var first = await PostAsync(NineLine, "text/plain");
        using var parsed = JsonDocument.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var response = await PostAsync(parsed.RootElement.GetProperty("nineLine").GetRawText(), "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_line_3_is_a_400_listing_that_line()
    {
        var response = await PostAsync(NineLine.Replace("A1 B1 C1", "Q9", StringComparison.Ordinal), "text/plain");

        var problem = await ProblemAssertions.ShouldBeValidationProblemAsync(response, "line3.precedence");
        problem.GetProperty("lines")[0].GetProperty("line").GetInt32().Should().Be(3);
        problem.GetProperty("lines")[0].GetProperty("message").GetString().Should().Contain("expected counts like A1 B2");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_on_the_body()
    {
        var response = await PostAsync("{not json", "application/json");

        await ProblemAssertions.ShouldBeValidationProblemAsync(response, "body");
    }

    [Fact]
    public async Task A_body_over_64_KB_is_refused_as_too_large()
    {
        var response = await PostAsync(NineLine + "\n" + new string('x', 70 * 1024), "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task An_unsupported_media_type_is_refused()
    {
        var response = await PostAsync(NineLine, "application/xml");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        return await host.Client.PostAsync(new Uri("/api/v1/medevac/parse", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}

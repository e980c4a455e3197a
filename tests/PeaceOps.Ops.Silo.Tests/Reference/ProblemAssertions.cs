using System.Net;
using System.Text.Json;

namespace PeaceOps.Ops.Silo.Tests.Reference;

internal static class ProblemAssertions
{
    /// <summary>RFC 9457: 400, application/problem+json, and an <c>errors</c> entry for the field.</summary>
    public static async Task<JsonElement> ShouldBeValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(text);
        var errors = body.RootElement.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue($"errors should name '{field}': {text}");
        messages[0].GetString().Should().NotBeNullOrWhiteSpace();
        return body.RootElement.Clone();
    }
}

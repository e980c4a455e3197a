using System.Net;
using System.Text.Json;

namespace PeaceOps.Ops.Silo.Tests.Support;

/// <summary>An RFC 9457 problem as received: status, title, and the fields named in <c>errors</c>.</summary>
public sealed record Problem(HttpStatusCode Status, string? ContentType, string? Title, IReadOnlyList<string> Fields)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Problem(response.StatusCode, contentType, null, []);
        }

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var fields = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToArray()
            : [];
        return new Problem(
            response.StatusCode,
            contentType,
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            fields);
    }
}

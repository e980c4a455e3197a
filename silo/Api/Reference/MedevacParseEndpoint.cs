using System.Text;
using System.Text.Json;
using PeaceOps.Ops.Domain.Medevac;

namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary>
/// <c>POST /medevac/parse</c>: a 9-line as text/plain (as typed) or JSON (the model, or a JSON string / {"text"} holding
/// the typed form) → 200 with the normalised request and its canonical text, or 400 listing each invalid line.
/// </summary>
internal static class MedevacParseEndpoint
{
    public const int MaximumBodyBytes = 64 * 1024;

    public static void MapMedevacParseEndpoint(this RouteGroupBuilder api) =>
        api.MapPost("/medevac/parse", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength > MaximumBodyBytes)
            {
                return TooLarge();
            }

            var body = await ReadLimitedAsync(request.Body, cancellationToken);
            if (body is null)
            {
                return TooLarge();
            }

            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "text/plain";
            NineLineParseResult result;
            if (mediaType is "text/plain")
            {
                result = NineLineText.Parse(body);
            }
            else if (mediaType is "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal))
            {
                result = ParseJson(body);
            }
            else
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unsupported media type",
                    detail: "Send the 9-line as text/plain or application/json.");
            }

            if (!result.IsValid)
            {
                return Results.ValidationProblem(
                    result.ErrorsByKey(),
                    detail: "One or more lines of the 9-line are invalid.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["lines"] = result.Errors.Select(Issue).ToArray(),
                        ["warnings"] = result.Warnings.Select(Issue).ToArray(),
                    });
            }

            var response = new MedevacParseResponse(result.Request!, NineLineText.Format(result.Request!), result.Warnings.Select(Issue).ToArray());
            return Results.Json(response, NineLineJson.Options);
        })
        .WithName("ParseMedevacRequest")
        .WithSummary("Parse and validate a 9-line MEDEVAC request (text/plain or JSON, at most 64 KB).")
        .Accepts<NineLineRequest>("application/json", "text/plain")
        .Produces<MedevacParseResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static NineLineParseResult ParseJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return NineLineText.Parse(root.GetString());
            }

            if (root.ValueKind == JsonValueKind.Object
                && (root.TryGetProperty("text", out var text) || root.TryGetProperty("nineLineText", out text))
                && text.ValueKind == JsonValueKind.String)
            {
                return NineLineText.Parse(text.GetString());
            }
        }
        catch (JsonException)
        {
            // NineLineJson.Parse reports malformed JSON as a "body" error.
        }

        return NineLineJson.Parse(body);
    }

    private static async Task<string?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaximumBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult TooLarge() =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"A 9-line must be at most {MaximumBodyBytes / 1024} KB.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["body"] = [$"at most {MaximumBodyBytes} bytes"] } });

    private static MedevacIssue Issue(NineLineIssue issue) => new(issue.Line, issue.Field, issue.Message);
}

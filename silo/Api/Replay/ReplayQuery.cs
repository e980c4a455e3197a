using System.Globalization;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>Reading the replay endpoints' query: UTC ISO-8601 times, each error naming its field.</summary>
internal static class ReplayQuery
{
    public static bool TryTime(string? text, string field, Dictionary<string, string[]> errors, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [$"'{field}' is required: a UTC time such as 2026-03-14T10:00:00Z."];
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
        {
            errors[field] = [$"'{field}' is not a time: '{text}'. Use ISO-8601 UTC, e.g. 2026-03-14T10:00:00Z."];
            return false;
        }

        return true;
    }

    public static bool Wants(HttpRequest request, string mediaType) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(mediaType, StringComparison.OrdinalIgnoreCase));
}

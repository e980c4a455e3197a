using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Silo.Api.Json;

/// <summary>
/// Times on the wire are UTC ISO-8601 with <c>Z</c> (the contract). Incoming times must say their offset:
/// a bare local time from a field radio log is ambiguous by hours, so it is refused rather than guessed.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            || !HasOffset(text))
        {
            throw new JsonException("must be an ISO-8601 time with an offset, e.g. 2026-03-01T14:05:00Z.");
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text)
    {
        var timePart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timePart < 0)
        {
            return false;
        }

        var time = text.AsSpan(timePart);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') > 0;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>
/// Reads the fields of one JSON object of a scenario file. Every problem is recorded with the file, the item
/// (relabelled as soon as its id is known) and the field; readers return a usable default so that one pass
/// finds every problem. Fields nobody asked for are reported too: a typo must not silently fall back to a default.
/// </summary>
internal sealed partial class ScenarioItemReader
{
    private readonly JsonElement _element;
    private readonly ScenarioErrors _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public ScenarioItemReader(JsonElement element, string file, string item, ScenarioErrors errors)
    {
        _element = element;
        File = file;
        Item = item;
        _errors = errors;
        IsObject = element.ValueKind == JsonValueKind.Object;
        if (!IsObject)
        {
            Error("", $"expected a JSON object, found {Describe(element)}");
        }
    }

    public string File { get; }

    public string Item { get; set; }

    public bool IsObject { get; }

    public void Error(string field, string message) => _errors.Add(File, Item, field, message);

    public JsonElement? Property(string field)
    {
        _known.Add(field);
        if (IsObject && _element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        return null;
    }

    public string RequiredString(string field)
    {
        var value = OptionalString(field);
        if (value is null)
        {
            if (IsObject)
            {
                Error(field, "is required");
            }

            return "";
        }

        return value;
    }

    public string? OptionalString(string field)
    {
        if (Property(field) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(field, $"expected a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            Error(field, "must not be empty");
            return null;
        }

        return text;
    }

    public double RequiredNumber(string field, double min, double max) =>
        Number(field, min, max, required: true) ?? min;

    public double? OptionalNumber(string field, double min, double max) =>
        Number(field, min, max, required: false);

    public int RequiredInteger(string field, int min, int max) =>
        (int)(Integer(field, min, max, required: true) ?? min);

    public int? OptionalInteger(string field, int min, int max) =>
        (int?)Integer(field, min, max, required: false);

    public bool RequiredBool(string field) => Bool(field, required: true) ?? false;

    public bool OptionalBool(string field, bool defaultValue) => Bool(field, required: false) ?? defaultValue;

    /// <summary>A position written as <c>{"lat": 16.27, "lon": -0.04}</c>.</summary>
    public GeoPosition? RequiredPosition(string field)
    {
        if (Property(field) is not { } value)
        {
            if (IsObject)
            {
                Error(field, "is required (an object {\"lat\": ..., \"lon\": ...})");
            }

            return null;
        }

        return ReadPosition(value, field);
    }

    public GeoPosition? ReadPosition(JsonElement value, string field)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(field, $"expected an object {{\"lat\": ..., \"lon\": ...}}, found {Describe(value)}");
            return null;
        }

        var lat = CoordinateOf(value, "lat", field, 90);
        var lon = CoordinateOf(value, "lon", field, 180);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name is not ("lat" or "lon"))
            {
                Error($"{field}.{property.Name}", "is not a known field (a position has lat and lon)");
            }
        }

        return lat is { } la && lon is { } lo ? new GeoPosition(la, lo) : null;
    }

    /// <summary>An absolute time: ISO-8601 with an explicit zone (<c>Z</c> or an offset); a local time would be ambiguous.</summary>
    public DateTimeOffset? OptionalTime(string field)
    {
        if (Property(field) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(field, $"expected an ISO-8601 time string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            Error(field, $"'{text}' is not an ISO-8601 time");
            return null;
        }

        if (!ExplicitZone().IsMatch(text))
        {
            Error(field, $"'{text}' has no time zone: write it in UTC with 'Z' (e.g. 2026-03-01T06:00:00Z) or with an offset");
            return null;
        }

        return parsed;
    }

    public IReadOnlyList<string> StringArray(string field)
    {
        if (Property(field) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, $"expected an array of strings, found {Describe(value)}");
            return [];
        }

        var result = new List<string>();
        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && entry.GetString()!.Trim().Length > 0)
            {
                result.Add(entry.GetString()!.Trim());
            }
            else
            {
                Error($"{field}[{index}]", $"expected a non-empty string, found {Describe(entry)}");
            }

            index++;
        }

        return result;
    }

    public IEnumerable<(JsonElement Element, int Index)> Array(string field)
    {
        if (Property(field) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, $"expected an array, found {Describe(value)}");
            return [];
        }

        return value.EnumerateArray().Select((e, i) => (e, i)).ToArray();
    }

    public void RejectUnknownFields()
    {
        if (!IsObject)
        {
            return;
        }

        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                Error(property.Name, $"is not a known field (known: {string.Join(", ", _known.Order(StringComparer.Ordinal))})");
            }
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private double? CoordinateOf(JsonElement position, string name, string field, double limit)
    {
        if (!position.TryGetProperty(name, out var value))
        {
            Error($"{field}.{name}", "is required");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Error($"{field}.{name}", $"expected a number of degrees, found {Describe(value)}");
            return null;
        }

        if (Math.Abs(number) > limit)
        {
            Error($"{field}.{name}", $"{number.ToString(CultureInfo.InvariantCulture)} is outside -{limit}..{limit} degrees");
            return null;
        }

        return number;
    }

    private double? Number(string field, double min, double max, bool required)
    {
        if (Property(field) is not { } value)
        {
            if (required && IsObject)
            {
                Error(field, "is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Error(field, $"expected a number, found {Describe(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            Error(field, $"{number.ToString(CultureInfo.InvariantCulture)} is outside the allowed range {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return number;
    }

    private long? Integer(string field, int min, int max, bool required)
    {
        if (Property(field) is not { } value)
        {
            if (required && IsObject)
            {
                Error(field, "is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            Error(field, $"expected a whole number, found {Describe(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            Error(field, $"{number} is outside the allowed range {min}..{max}");
            return null;
        }

        return number;
    }

    private bool? Bool(string field, bool required)
    {
        if (Property(field) is not { } value)
        {
            if (required && IsObject)
            {
                Error(field, "is required (true or false)");
            }

            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(field, $"expected true or false, found {Describe(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    [GeneratedRegex(@"(Z|z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex ExplicitZone();
}

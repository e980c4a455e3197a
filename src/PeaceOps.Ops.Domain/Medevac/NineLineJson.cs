using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>The 9-line as JSON (System.Text.Json, camelCase, enums as camelCase strings).</summary>
public static class NineLineJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(NineLineRequest request) => JsonSerializer.Serialize(request, Options);

    /// <summary>Reads and validates a JSON 9-line; malformed JSON is an error on line 0, field "body".</summary>
    public static NineLineParseResult Parse(string? json)
    {
        NineLineRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<NineLineRequest>(json ?? string.Empty, Options);
        }
        catch (JsonException ex)
        {
            return Invalid($"the body is not a valid 9-line JSON document: {ex.Message}");
        }

        if (request is null)
        {
            return Invalid("the body is empty");
        }

        return Validate(request);
    }

    /// <summary>Normalises text fields as the text form does (upper case, single spaces) and validates.</summary>
    public static NineLineParseResult Validate(NineLineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var normalised = Normalise(request);
        var (errors, warnings) = NineLineValidator.Validate(normalised);
        return new NineLineParseResult(errors.Count == 0 ? normalised : null, errors, warnings);
    }

    private static NineLineRequest Normalise(NineLineRequest r)
    {
        var pickup = r.Pickup;
        if (pickup is not null)
        {
            if (pickup.Mgrs is not null && Geo.Mgrs.TryParse(pickup.Mgrs, out var grid, out _))
            {
                pickup = PickupLocation.FromMgrs(grid);
            }
            else if (pickup.Mgrs is null && double.IsFinite(pickup.Lat) && double.IsFinite(pickup.Lon))
            {
                pickup = PickupLocation.FromDegrees(pickup.Lat, pickup.Lon);
            }
        }

        return r with
        {
            Pickup = pickup!,
            Radio = r.Radio is null ? null! : new RadioContact(Text(r.Radio.Frequency) ?? string.Empty, Text(r.Radio.CallSign) ?? string.Empty, Text(r.Radio.Suffix)),
            Marking = r.Marking is null ? null : r.Marking with { Detail = Text(r.Marking.Detail) },
            NbcOrTerrain = r.NbcOrTerrain is null ? null : NineLineLineReaders.NbcOrTerrain(Text(r.NbcOrTerrain) ?? string.Empty),
            Patients = (r.Patients ?? []).Select(h => h is null ? null! : new PatientHandover(
                Text(h.Zap), Text(h.Age), Text(h.TimeOfInjury), Text(h.Mechanism), Text(h.Injuries), Text(h.Signs), Text(h.Treatment))).ToList(),
        };
    }

    private static string? Text(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = string.Join(' ', value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return text.Length == 0 ? null : text;
    }

    private static NineLineParseResult Invalid(string message) =>
        new(null, [new NineLineIssue(0, "body", message)], []);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

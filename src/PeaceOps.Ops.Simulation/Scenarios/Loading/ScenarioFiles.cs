using System.Text.Json;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>The files of a scenario folder and how they are parsed (comments and trailing commas are allowed: people write these by hand).</summary>
internal static class ScenarioFiles
{
    public const string Mission = "mission.json";
    public const string AircraftTypes = "aircraft-types.json";
    public const string Aircraft = "aircraft.json";
    public const string Facilities = "facilities.json";
    public const string LandingSites = "landing-sites.json";
    public const string Airspace = "airspace.geojson";
    public const string Events = "events.json";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>The parsed root element, or null (with the problem recorded) when the file is missing or not JSON.</summary>
    public static JsonElement? Parse(string directory, string file, bool required, ScenarioErrors errors)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            if (required)
            {
                errors.Add(file, "", "", "the file is missing (every scenario has it)");
            }

            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), Options);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors.Add(file, $"line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}", "", $"not valid JSON: {ex.Message}");
            return null;
        }
    }

    /// <summary>The items of a file whose root is an array; records an error and yields nothing otherwise.</summary>
    public static IEnumerable<(JsonElement Element, int Index)> Items(JsonElement? root, string file, ScenarioErrors errors)
    {
        if (root is not { } element)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(file, "", "", $"expected a JSON array of items at the top level, found {ScenarioItemReader.Describe(element)}");
            return [];
        }

        return element.EnumerateArray().Select((e, i) => (e, i)).ToArray();
    }

    /// <summary>The label of the n-th item before its id is known (1-based, as people count).</summary>
    public static string ItemLabel(string kind, int index) => $"{kind} #{index + 1}";

    public static string ItemLabel(string kind, int index, string id) => id.Length == 0 ? ItemLabel(kind, index) : $"{kind} '{id}' (#{index + 1})";
}

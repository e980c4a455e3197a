using System.Text.Json;

namespace PeaceOps.Ops.Domain.Tests.Reference;

/// <summary>The product owner's reference vectors (/work/shared/acceptance/reference-vectors.json, copied next to the tests).</summary>
internal static class ReferenceVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "reference-vectors.json"))));

    public static IEnumerable<JsonElement> Daylight => Document.Value.RootElement.GetProperty("daylight").EnumerateArray();

    public static IEnumerable<JsonElement> Mgrs => Document.Value.RootElement.GetProperty("mgrs").EnumerateArray();
}

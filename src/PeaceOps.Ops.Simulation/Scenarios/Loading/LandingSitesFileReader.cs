using System.Text.Json;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads landing-sites.json: bases, airfields, helipads and HLS inside the mission area.</summary>
internal static class LandingSitesFileReader
{
    private const string File = ScenarioFiles.LandingSites;

    public static IReadOnlyList<LandingSiteDefinition> Read(JsonElement? root, AreaBox? area, ScenarioErrors errors)
    {
        var ids = new UniqueIds();
        var result = new List<LandingSiteDefinition>();
        foreach (var (element, index) in ScenarioFiles.Items(root, File, errors))
        {
            var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("landing site", index), errors);
            if (!reader.IsObject)
            {
                continue;
            }

            var id = reader.RequiredString("id");
            reader.Item = ScenarioFiles.ItemLabel("landing site", index, id);
            ids.Check(reader, id);
            var name = reader.RequiredString("name");
            var kind = reader.RequiredString("kind");
            if (kind.Length > 0 && !LandingSiteDefinition.Kinds.Contains(kind))
            {
                reader.Error("kind", $"'{kind}' is not a landing-site kind ({string.Join(", ", LandingSiteDefinition.Kinds)})");
            }

            var position = reader.RequiredPosition("position");
            var night = reader.RequiredBool("nightCapable");
            var fixedWing = reader.OptionalBool("fixedWingCapable", kind == "airfield");
            reader.RejectUnknownFields();
            if (position is { } p && area is not null && !area.Contains(p))
            {
                reader.Error("position", $"{p} is outside the mission area");
            }

            if (position is { } at)
            {
                result.Add(new LandingSiteDefinition(id, name, kind, at, night, fixedWing));
            }
        }

        return result;
    }
}

using System.Text.Json;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads facilities.json: Level I to III facilities inside the mission area with their capacity.</summary>
internal static class FacilitiesFileReader
{
    private const string File = ScenarioFiles.Facilities;

    public static IReadOnlyList<FacilityDefinition> Read(JsonElement? root, AreaBox? area, IReadOnlyList<LandingSiteDefinition> sites, ScenarioErrors errors)
    {
        var ids = new UniqueIds();
        var result = new List<FacilityDefinition>();
        foreach (var (element, index) in ScenarioFiles.Items(root, File, errors))
        {
            var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("facility", index), errors);
            if (!reader.IsObject)
            {
                continue;
            }

            var id = reader.RequiredString("id");
            reader.Item = ScenarioFiles.ItemLabel("facility", index, id);
            ids.Check(reader, id);
            var name = reader.RequiredString("name");
            var level = reader.RequiredString("level");
            if (level.Length > 0 && !FacilityLevels.Levels.Contains(level))
            {
                reader.Error("level", $"'{level}' is not a facility level ({string.Join(", ", FacilityLevels.Levels)})");
            }

            var capabilities = reader.StringArray("capabilities");
            foreach (var unknown in capabilities.Where(c => !FacilityLevels.Capabilities.Contains(c)))
            {
                reader.Error("capabilities", $"'{unknown}' is not a capability ({string.Join(", ", FacilityLevels.Capabilities)})");
            }

            var beds = reader.RequiredInteger("beds", 0, 10_000);
            var tables = reader.RequiredInteger("operatingTables", 0, 100);
            var helipadNight = reader.RequiredBool("helipadNightCapable");
            var position = reader.RequiredPosition("position");
            var landingSiteId = reader.OptionalString("landingSite");
            var unit = reader.OptionalString("unit") ?? "";
            reader.RejectUnknownFields();

            if (position is { } p && area is not null && !area.Contains(p))
            {
                reader.Error("position", $"{p} is outside the mission area");
            }

            if (landingSiteId is not null && !sites.Any(s => string.Equals(s.Id, landingSiteId, StringComparison.Ordinal)))
            {
                reader.Error("landingSite", $"unknown landing site '{landingSiteId}' (landing-sites.json)");
            }

            // UN Medical Support Manual: damage-control surgery starts at Level II; a plain Level I has no surgery.
            if (level is "II" or "III" && tables < 1)
            {
                reader.Error("operatingTables", $"a Level {level} facility does surgery and needs at least one operating table");
            }

            if (level == "I" && (tables > 0 || capabilities.Contains("surgery")))
            {
                reader.Error(tables > 0 ? "operatingTables" : "capabilities", "a Level I facility has no surgery (use I+ for a surgical module)");
            }

            if (position is { } at)
            {
                result.Add(new FacilityDefinition(id, name, level, capabilities, beds, tables, helipadNight, at, landingSiteId, unit));
            }
        }

        return result;
    }
}

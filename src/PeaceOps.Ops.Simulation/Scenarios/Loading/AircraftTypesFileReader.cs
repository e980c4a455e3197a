using System.Text.Json;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads aircraft-types.json: one performance profile per type, referenced by aircraft.json.</summary>
internal static class AircraftTypesFileReader
{
    private const string File = ScenarioFiles.AircraftTypes;

    public static IReadOnlyList<AircraftTypeProfile> Read(JsonElement? root, ScenarioErrors errors)
    {
        var ids = new UniqueIds();
        var result = new List<AircraftTypeProfile>();
        foreach (var (element, index) in ScenarioFiles.Items(root, File, errors))
        {
            var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("aircraft type", index), errors);
            if (!reader.IsObject)
            {
                continue;
            }

            var id = reader.RequiredString("id");
            reader.Item = ScenarioFiles.ItemLabel("aircraft type", index, id);
            ids.Check(reader, id);
            var name = reader.OptionalString("name") ?? id;
            var categoryText = reader.RequiredString("category");
            var category = categoryText switch
            {
                "helicopter" => AircraftCategory.Helicopter,
                "fixedWing" => AircraftCategory.FixedWing,
                _ => (AircraftCategory?)null,
            };
            if (category is null && categoryText.Length > 0)
            {
                reader.Error("category", $"'{categoryText}' is not a category (helicopter, fixedWing)");
            }

            var cruise = reader.RequiredNumber("cruiseSpeedKmh", 50, 1000);
            var endurance = reader.RequiredNumber("enduranceHours", 0.25, 24);
            var litters = reader.RequiredInteger("litters", 0, 100);
            var seats = reader.RequiredInteger("seats", 0, 200);
            var hoist = reader.OptionalBool("hoist", false);
            var nvg = reader.RequiredBool("nvgCapable");
            reader.RejectUnknownFields();
            if (hoist && category == AircraftCategory.FixedWing)
            {
                reader.Error("hoist", "a fixed-wing aircraft cannot have a rescue hoist");
            }

            result.Add(new AircraftTypeProfile(id, name, category ?? AircraftCategory.Helicopter, cruise, endurance, litters, seats, hoist, nvg));
        }

        return result;
    }
}

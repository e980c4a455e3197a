using System.Text.Json;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads aircraft.json: airframes, each of a known type and based at a known landing site.</summary>
internal static class AircraftFileReader
{
    private const string File = ScenarioFiles.Aircraft;

    public static IReadOnlyList<AircraftDefinition> Read(
        JsonElement? root,
        IReadOnlyList<AircraftTypeProfile> types,
        IReadOnlyList<LandingSiteDefinition> sites,
        ScenarioErrors errors)
    {
        var ids = new UniqueIds();
        var callsigns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<AircraftDefinition>();
        foreach (var (element, index) in ScenarioFiles.Items(root, File, errors))
        {
            var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("aircraft", index), errors);
            if (!reader.IsObject)
            {
                continue;
            }

            var id = reader.RequiredString("id");
            reader.Item = ScenarioFiles.ItemLabel("aircraft", index, id);
            ids.Check(reader, id);
            var callsign = reader.RequiredString("callsign");
            if (callsign.Length > 0 && !callsigns.TryAdd(callsign, reader.Item))
            {
                reader.Error("callsign", $"duplicate callsign '{callsign}': already used by {callsigns[callsign]}");
            }

            var typeId = reader.RequiredString("type");
            var type = types.FirstOrDefault(t => string.Equals(t.Id, typeId, StringComparison.Ordinal));
            if (type is null && typeId.Length > 0)
            {
                reader.Error("type", $"unknown aircraft type '{typeId}' (aircraft-types.json defines: {string.Join(", ", types.Select(t => t.Id))})");
            }

            var baseId = reader.RequiredString("base");
            var site = sites.FirstOrDefault(s => string.Equals(s.Id, baseId, StringComparison.Ordinal));
            if (site is null && baseId.Length > 0)
            {
                reader.Error("base", $"unknown landing site '{baseId}' (landing-sites.json)");
            }

            var nvgAirframe = reader.RequiredBool("nvgAirframe");
            var crewNvgCurrent = reader.RequiredBool("crewNvgCurrent");
            var (day, night) = ReadReadiness(reader, errors);
            var amet = reader.OptionalBool("amet", false);
            var unit = reader.OptionalString("unit") ?? "";
            reader.RejectUnknownFields();

            if (nvgAirframe && type is { NvgCapable: false })
            {
                reader.Error("nvgAirframe", $"type '{type.Id}' is not NVG-capable, so this airframe cannot be NVG-modified");
            }

            if (type is { Category: AircraftCategory.FixedWing } && site is { FixedWingCapable: false })
            {
                reader.Error("base", $"'{site.Id}' has no runway for a fixed-wing aircraft");
            }

            result.Add(new AircraftDefinition(id, callsign, typeId, baseId, nvgAirframe, crewNvgCurrent, day, night, amet, unit));
        }

        return result;
    }

    private static (TimeSpan Day, TimeSpan Night) ReadReadiness(ScenarioItemReader aircraft, ScenarioErrors errors)
    {
        if (aircraft.Property("readiness") is not { } value)
        {
            aircraft.Error("readiness", "is required: the notice to move, {\"dayMinutes\": 30, \"nightMinutes\": 60}");
            return (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
        }

        var reader = new ScenarioItemReader(value, File, aircraft.Item + " readiness", errors);
        var day = reader.RequiredInteger("dayMinutes", 0, 24 * 60);
        var night = reader.RequiredInteger("nightMinutes", 0, 24 * 60);
        reader.RejectUnknownFields();
        return (TimeSpan.FromMinutes(day), TimeSpan.FromMinutes(night));
    }
}

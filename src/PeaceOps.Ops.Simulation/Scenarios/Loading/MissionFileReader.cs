using System.Text.Json;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads mission.json: name, time zone, area of operations, settings, patrol areas and roads.</summary>
internal static class MissionFileReader
{
    private const string File = ScenarioFiles.Mission;

    public static MissionDefinition? Read(JsonElement? root, ScenarioErrors errors)
    {
        if (root is not { } element)
        {
            return null;
        }

        var reader = new ScenarioItemReader(element, File, "mission", errors);
        if (!reader.IsObject)
        {
            return null;
        }

        var name = reader.RequiredString("name");
        var description = reader.OptionalString("description") ?? "";
        var timeZone = reader.RequiredString("timeZone");
        if (timeZone.Length > 0 && !IsKnownTimeZone(timeZone))
        {
            reader.Error("timeZone", $"'{timeZone}' is not a known IANA time zone (e.g. Africa/Bamako, UTC)");
        }

        var area = ReadArea(reader);
        var settings = ReadSettings(reader, errors);
        var patrolAreas = reader.Array("patrolAreas").Select(p => ReadPatrolArea(p.Element, p.Index, area, errors)).OfType<PatrolArea>().ToArray();
        var roads = reader.Array("roads").Select(r => ReadRoad(r.Element, r.Index, area, errors)).OfType<RoadDefinition>().ToArray();
        reader.RejectUnknownFields();
        return area is null ? null : new MissionDefinition(name, description, timeZone, area, settings, patrolAreas, roads);
    }

    private static AreaBox? ReadArea(ScenarioItemReader reader)
    {
        if (reader.Property("area") is not { } value)
        {
            reader.Error("area", "is required: the area of operations as a bounding box [west, south, east, north] in degrees");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 4 || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            reader.Error("area", "expected a bounding box of four numbers [west, south, east, north]");
            return null;
        }

        var v = value.EnumerateArray().Select(e => e.GetDouble()).ToArray();
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] >= v[2] || v[1] >= v[3])
        {
            reader.Error("area", "the box must satisfy -180 <= west < east <= 180 and -90 <= south < north <= 90");
            return null;
        }

        return new AreaBox(v[0], v[1], v[2], v[3]);
    }

    private static MissionSettingsDefinition ReadSettings(ScenarioItemReader mission, ScenarioErrors errors)
    {
        var defaults = new MissionSettingsDefinition(false, MissionSettingsDefinition.DefaultNightSunElevationDeg, MissionSettingsDefinition.DefaultZoneMarginKm);
        if (mission.Property("settings") is not { } value)
        {
            mission.Error("settings", "is required (at least nightFlightAuthorized: the host state's night-flight authorisation must be a conscious choice)");
            return defaults;
        }

        var reader = new ScenarioItemReader(value, File, "settings", errors);
        var authorized = reader.RequiredBool("nightFlightAuthorized");
        var threshold = reader.OptionalNumber("nightSunElevationDeg", -18, 0) ?? defaults.NightSunElevationDeg;
        var margin = reader.OptionalNumber("zoneMarginKm", 0, 50) ?? defaults.ZoneMarginKm;
        reader.RejectUnknownFields();
        return new MissionSettingsDefinition(authorized, threshold, margin);
    }

    private static PatrolArea? ReadPatrolArea(JsonElement element, int index, AreaBox? area, ScenarioErrors errors)
    {
        var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("patrol area", index), errors);
        var name = reader.RequiredString("name");
        reader.Item = $"patrol area '{name}' (#{index + 1})";
        var center = reader.RequiredPosition("center");
        var radius = reader.RequiredNumber("radiusKm", 0.1, 500);
        var weight = reader.OptionalNumber("weight", 0, 1000) ?? 1;
        reader.RejectUnknownFields();
        if (center is { } c && area is not null && !area.Contains(c))
        {
            reader.Error("center", $"{c} is outside the mission area");
        }

        return center is { } position ? new PatrolArea(name, position, radius, weight) : null;
    }

    private static RoadDefinition? ReadRoad(JsonElement element, int index, AreaBox? area, ScenarioErrors errors)
    {
        var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("road", index), errors);
        var name = reader.RequiredString("name");
        reader.Item = $"road '{name}' (#{index + 1})";
        var points = new List<GeoPosition>();
        foreach (var (point, i) in reader.Array("points"))
        {
            if (reader.ReadPosition(point, $"points[{i}]") is { } p)
            {
                if (area is not null && !area.Contains(p))
                {
                    reader.Error($"points[{i}]", $"{p} is outside the mission area");
                }

                points.Add(p);
            }
        }

        if (points.Count < 2)
        {
            reader.Error("points", "a road needs at least two points");
        }

        var weight = reader.OptionalNumber("weight", 0, 1000) ?? 1;
        reader.RejectUnknownFields();
        return points.Count >= 2 ? new RoadDefinition(name, points, weight) : null;
    }

    /// <summary>Without a time-zone database on the machine every name would fail; only judge names when there is one.</summary>
    private static bool IsKnownTimeZone(string id) =>
        string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase)
        || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
        || TimeZoneInfo.GetSystemTimeZones().Count <= 1;
}

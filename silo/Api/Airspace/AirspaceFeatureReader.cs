using System.Globalization;
using System.Text.Json;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Silo.Api.Problems;

namespace PeaceOps.Ops.Silo.Api.Airspace;

/// <summary>
/// Reads a GeoJSON Feature (RFC 7946) with a Polygon geometry into a zone, naming every wrong member: rings closed and
/// at least four positions, [lon, lat] within range, floor below ceiling, the active window in order.
/// </summary>
public static class AirspaceFeatureReader
{
    private const int MaxPositions = 5000;

    public static AirspaceZoneDto? Read(JsonElement feature, FieldErrors errors)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", "must be a GeoJSON Feature object.");
            return null;
        }

        if (!feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
        {
            errors.Add("type", "must be \"Feature\".");
        }

        var rings = ReadPolygon(feature, errors);
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            errors.Add("properties", "must be an object with name, kind, floorFt and ceilingFt.");
            return null;
        }

        var name = Text(properties, "name", errors, required: true);
        var kindText = Text(properties, "kind", errors, required: true);
        AirspaceKind? kind = kindText switch
        {
            null => null,
            "prohibited" => AirspaceKind.Prohibited,
            "restricted" => AirspaceKind.Restricted,
            "danger" => AirspaceKind.Danger,
            "threat" => AirspaceKind.Threat,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            errors.Add("properties.kind", "must be one of prohibited, restricted, danger, threat.");
        }

        var floor = Number(properties, "floorFt", errors, 0, 60_000, required: true);
        var ceiling = Number(properties, "ceilingFt", errors, 0, 60_000, required: true);
        if (floor is not null && ceiling is not null && floor >= ceiling)
        {
            errors.Add("properties.ceilingFt", "must be above floorFt.");
        }

        var from = Time(properties, "activeFrom", errors);
        var to = Time(properties, "activeTo", errors);
        if (from is not null && to is not null && from >= to)
        {
            errors.Add("properties.activeTo", "must be after activeFrom.");
        }

        var leadTime = Number(properties, "clearanceLeadTimeHours", errors, 0, 24 * 30, required: false);
        var fastTrack = properties.TryGetProperty("casevacFastTrack", out var ft) && ft.ValueKind == JsonValueKind.True;
        var id = feature.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        if (id is { Length: > 100 })
        {
            errors.Add("id", "must be at most 100 characters.");
        }

        if (errors.Any || rings is null)
        {
            return null;
        }

        return new AirspaceZoneDto(id ?? "", name!, kind!.Value, rings, floor!.Value, ceiling!.Value, from, to, leadTime, fastTrack);
    }

    private static IReadOnlyList<IReadOnlyList<GeoPoint>>? ReadPolygon(JsonElement feature, FieldErrors errors)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
        {
            errors.Add("geometry", "must be a GeoJSON Polygon.");
            return null;
        }

        if (!geometry.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Polygon")
        {
            errors.Add("geometry.type", "must be \"Polygon\".");
            return null;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
        {
            errors.Add("geometry.coordinates", "must be an array of linear rings, exterior first.");
            return null;
        }

        var rings = new List<IReadOnlyList<GeoPoint>>();
        var total = 0;
        var r = 0;
        foreach (var ringElement in coordinates.EnumerateArray())
        {
            var field = $"geometry.coordinates[{r++}]";
            if (ringElement.ValueKind != JsonValueKind.Array || ringElement.GetArrayLength() < 4)
            {
                errors.Add(field, "must be a closed ring of at least four [lon, lat] positions.");
                continue;
            }

            var ring = new List<GeoPoint>();
            var p = 0;
            foreach (var position in ringElement.EnumerateArray())
            {
                var at = $"{field}[{p++}]";
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                {
                    errors.Add(at, "must be a [lon, lat] position.");
                    continue;
                }

                var lon = position[0].GetDouble();
                var lat = position[1].GetDouble();
                if (lon is < -180 or > 180 || lat is < -90 or > 90)
                {
                    errors.Add(at, "must have lon in [-180, 180] and lat in [-90, 90].");
                    continue;
                }

                ring.Add(new GeoPoint(lat, lon));
            }

            total += ring.Count;
            if (ring.Count >= 4 && ring[0] != ring[^1])
            {
                errors.Add(field, "must be closed: its first and last positions must be the same.");
            }

            if (ring.Distinct().Count() < 3)
            {
                errors.Add(field, "must enclose an area (at least three distinct positions).");
            }

            rings.Add(ring);
        }

        if (total > MaxPositions)
        {
            errors.Add("geometry.coordinates", $"must hold at most {MaxPositions} positions.");
        }

        return errors.Any ? null : rings;
    }

    private static string? Text(JsonElement properties, string name, FieldErrors errors, bool required)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add("properties." + name, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()) || value.GetString()!.Length > 200)
        {
            errors.Add("properties." + name, "must be a non-empty string of at most 200 characters.");
            return null;
        }

        return value.GetString();
    }

    private static double? Number(JsonElement properties, string name, FieldErrors errors, double min, double max, bool required)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add("properties." + name, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || value.GetDouble() < min || value.GetDouble() > max)
        {
            errors.Add("properties." + name, $"must be a number from {min} to {max}.");
            return null;
        }

        return value.GetDouble();
    }

    private static DateTimeOffset? Time(JsonElement properties, string name, FieldErrors errors)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || !value.GetString()!.Contains('T', StringComparison.Ordinal))
        {
            errors.Add("properties." + name, "must be an ISO-8601 time with an offset, e.g. 2026-03-01T14:05:00Z.");
            return null;
        }

        return time.ToUniversalTime();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>
/// Reads airspace.geojson: a FeatureCollection of Polygon features whose properties are those of the
/// contract's airspace endpoint (name, kind, floorFt, ceilingFt, activeFrom?, activeTo?, clearanceLeadTimeHours?).
/// A bad polygon must stop the start: the route planner would otherwise fly through a zone it cannot read.
/// </summary>
internal static class AirspaceFileReader
{
    private const string File = ScenarioFiles.Airspace;
    private static readonly GeometryFactory Factory = new();

    public static IReadOnlyList<AirspaceZoneDefinition> Read(JsonElement? root, AreaBox? area, ScenarioErrors errors)
    {
        if (root is not { } element)
        {
            return [];
        }

        var collection = new ScenarioItemReader(element, File, "feature collection", errors);
        if (!collection.IsObject)
        {
            return [];
        }

        if (collection.OptionalString("type") != "FeatureCollection")
        {
            collection.Error("type", "expected \"FeatureCollection\"");
        }

        var ids = new UniqueIds();
        var result = new List<AirspaceZoneDefinition>();
        foreach (var (feature, index) in collection.Array("features"))
        {
            if (ReadFeature(feature, index, area, ids, errors) is { } zone)
            {
                result.Add(zone);
            }
        }

        collection.Property("name");
        collection.RejectUnknownFields();
        return result;
    }

    private static AirspaceZoneDefinition? ReadFeature(JsonElement element, int index, AreaBox? area, UniqueIds ids, ScenarioErrors errors)
    {
        var feature = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("feature", index), errors);
        if (!feature.IsObject)
        {
            return null;
        }

        if (feature.OptionalString("type") != "Feature")
        {
            feature.Error("type", "expected \"Feature\"");
        }

        var id = feature.RequiredString("id");
        feature.Item = ScenarioFiles.ItemLabel("feature", index, id);
        ids.Check(feature, id);
        var ring = ReadPolygon(feature);

        var properties = feature.Property("properties") is { } p
            ? new ScenarioItemReader(p, File, feature.Item, errors)
            : null;
        if (properties is null)
        {
            feature.Error("properties", "is required (name, kind, floorFt, ceilingFt)");
        }

        feature.Property("bbox");
        feature.RejectUnknownFields();
        if (properties is null || !properties.IsObject)
        {
            return null;
        }

        var name = properties.RequiredString("name");
        var kind = properties.RequiredString("kind");
        if (kind.Length > 0 && !AirspaceZoneDefinition.Kinds.Contains(kind))
        {
            properties.Error("properties.kind", $"'{kind}' is not a zone kind ({string.Join(", ", AirspaceZoneDefinition.Kinds)})");
        }

        var floor = properties.RequiredInteger("floorFt", 0, 60_000);
        var ceiling = properties.RequiredInteger("ceilingFt", 0, 60_000);
        if (floor >= ceiling)
        {
            properties.Error("ceilingFt", $"the ceiling ({ceiling} ft) must be above the floor ({floor} ft)");
        }

        var from = properties.OptionalTime("activeFrom");
        var to = properties.OptionalTime("activeTo");
        if (from is { } f && to is { } t && f >= t)
        {
            properties.Error("activeTo", "must be after activeFrom");
        }

        var leadTime = properties.OptionalNumber("clearanceLeadTimeHours", 0, 720);
        properties.RejectUnknownFields();

        if (ring is null)
        {
            return null;
        }

        if (area is not null && !ring.Any(area.Contains) && !Outline(ring).Intersects(Box(area)))
        {
            feature.Error("geometry", "the zone lies entirely outside the mission area");
        }

        return new AirspaceZoneDefinition(id, name, kind, ring, GeometryJson(ring), floor, ceiling, from, to, leadTime);
    }

    /// <summary>The exterior ring of a GeoJSON Polygon ([lon, lat] pairs), checked closed, long enough and simple.</summary>
    private static IReadOnlyList<GeoPosition>? ReadPolygon(ScenarioItemReader feature)
    {
        if (feature.Property("geometry") is not { } geometry || geometry.ValueKind != JsonValueKind.Object)
        {
            feature.Error("geometry", "is required: a GeoJSON Polygon");
            return null;
        }

        if (!geometry.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Polygon")
        {
            feature.Error("geometry.type", $"expected \"Polygon\", found {(geometry.TryGetProperty("type", out var t) ? ScenarioItemReader.Describe(t) : "nothing")}");
            return null;
        }

        if (!geometry.TryGetProperty("coordinates", out var rings) || rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            feature.Error("geometry.coordinates", "expected an array of linear rings");
            return null;
        }

        if (rings.GetArrayLength() > 1)
        {
            feature.Error("geometry.coordinates", "holes are not supported: give the exterior ring only (split the zone instead)");
            return null;
        }

        var exterior = rings[0];
        if (exterior.ValueKind != JsonValueKind.Array)
        {
            feature.Error("geometry.coordinates[0]", "expected an array of [lon, lat] positions");
            return null;
        }

        var points = new List<GeoPosition>();
        var i = 0;
        foreach (var position in exterior.EnumerateArray())
        {
            var field = $"geometry.coordinates[0][{i++}]";
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                feature.Error(field, "expected a position [lon, lat]");
                return null;
            }

            var lon = position[0].GetDouble();
            var lat = position[1].GetDouble();
            if (Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
            {
                feature.Error(field, FormattableString.Invariant($"[{lon}, {lat}] is not a [lon, lat] position in degrees (GeoJSON order is longitude first)"));
                return null;
            }

            points.Add(new GeoPosition(lat, lon));
        }

        if (points.Count < 4)
        {
            feature.Error("geometry.coordinates[0]", $"a polygon ring needs at least 4 positions (3 corners and the first repeated), found {points.Count}");
            return null;
        }

        if (points[0] != points[^1])
        {
            feature.Error("geometry.coordinates[0]", $"the ring is not closed: the last position {points[^1]} must repeat the first {points[0]}");
            return null;
        }

        var polygon = Outline(points);
        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            var where = validity.Coordinate is { } c ? FormattableString.Invariant($" near [{c.X:F4}, {c.Y:F4}]") : "";
            feature.Error("geometry", $"invalid polygon: {Describe(validity)}{where}");
            return null;
        }

        return points;
    }

    private static string Describe(TopologyValidationError error) => error.ErrorType switch
    {
        TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection => "the ring crosses itself (self-intersection)",
        TopologyValidationErrors.TooFewPoints => "too few distinct points",
        _ => error.Message.ToLowerInvariant(),
    };

    private static Polygon Outline(IReadOnlyList<GeoPosition> ring) =>
        Factory.CreatePolygon(ring.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray());

    private static Polygon Box(AreaBox area) =>
        (Polygon)Factory.ToGeometry(new Envelope(area.West, area.East, area.South, area.North));

    private static string GeometryJson(IReadOnlyList<GeoPosition> ring)
    {
        var text = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"[{ring[i].Longitude},{ring[i].Latitude}]");
        }

        return text.Append("]]}").ToString();
    }
}

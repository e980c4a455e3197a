using System.Text.Json;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads events.json (optional): scripted incidents, zone activations, facility status changes, unserviceable aircraft.</summary>
internal static class EventsFileReader
{
    private const string File = ScenarioFiles.Events;

    public static readonly IReadOnlyList<string> Kinds = ["incident", "zoneActivation", "facilityStatus", "aircraftUnserviceable"];

    public static readonly IReadOnlyList<string> FacilityStatuses = ["open", "limited", "diverting", "closed"];

    public static IReadOnlyList<ScriptedEvent> Read(
        JsonElement? root,
        AreaBox? area,
        IReadOnlyList<AirspaceZoneDefinition> zones,
        IReadOnlyList<FacilityDefinition> facilities,
        IReadOnlyList<AircraftDefinition> aircraft,
        ScenarioErrors errors)
    {
        var ids = new UniqueIds();
        var result = new List<ScriptedEvent>();
        foreach (var (element, index) in ScenarioFiles.Items(root, File, errors))
        {
            var reader = new ScenarioItemReader(element, File, ScenarioFiles.ItemLabel("event", index), errors);
            if (!reader.IsObject)
            {
                continue;
            }

            var id = reader.RequiredString("id");
            reader.Item = ScenarioFiles.ItemLabel("event", index, id);
            ids.Check(reader, id);
            var at = reader.OptionalTime("at");
            var afterMinutes = reader.OptionalNumber("afterMinutes", 0, 60 * 24 * 365);
            if ((reader.Property("at") is null) == (reader.Property("afterMinutes") is null))
            {
                reader.Error("afterMinutes", "give exactly one of 'at' (an absolute time with its zone) or 'afterMinutes' (after the scenario first started)");
            }

            var after = afterMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;
            var kind = reader.RequiredString("kind");
            ScriptedEvent? scripted = kind switch
            {
                "incident" => ScriptedNineLineReader.Read(reader, area, errors) is { } nineLine
                    ? new ScriptedIncident(id, at, after, nineLine, TimeSpan.FromMinutes(reader.OptionalNumber("injuredMinutesBeforeReport", 0, 24 * 60) ?? 0))
                    : null,
                "zoneActivation" => new ScriptedZoneActivation(id, at, after, Reference(reader, "zone", zones.Select(z => z.Id), ScenarioFiles.Airspace), reader.RequiredBool("active")),
                "facilityStatus" => FacilityStatus(reader, id, at, after, facilities),
                "aircraftUnserviceable" => new ScriptedAircraftUnserviceable(
                    id,
                    at,
                    after,
                    Reference(reader, "aircraft", aircraft.Select(a => a.Id), ScenarioFiles.Aircraft),
                    reader.OptionalNumber("durationMinutes", 1, 60 * 24 * 30) is { } d ? TimeSpan.FromMinutes(d) : null,
                    reader.OptionalString("reason") ?? "unserviceable"),
                _ => null,
            };
            if (scripted is null && kind.Length > 0 && !Kinds.Contains(kind))
            {
                reader.Error("kind", $"'{kind}' is not an event kind ({string.Join(", ", Kinds)})");
            }

            reader.RejectUnknownFields();
            if (scripted is not null)
            {
                result.Add(scripted);
            }
        }

        return result;
    }

    private static ScriptedFacilityStatus FacilityStatus(ScenarioItemReader reader, string id, DateTimeOffset? at, TimeSpan? after, IReadOnlyList<FacilityDefinition> facilities)
    {
        var facilityId = Reference(reader, "facility", facilities.Select(f => f.Id), ScenarioFiles.Facilities);
        var status = reader.RequiredString("status");
        if (status.Length > 0 && !FacilityStatuses.Contains(status))
        {
            reader.Error("status", $"'{status}' is not a facility status ({string.Join(", ", FacilityStatuses)})");
        }

        return new ScriptedFacilityStatus(
            id,
            at,
            after,
            facilityId,
            status,
            reader.OptionalInteger("availableBeds", 0, 10_000),
            reader.OptionalInteger("availableOperatingTables", 0, 100),
            reader.OptionalString("note") ?? "");
    }

    private static string Reference(ScenarioItemReader reader, string field, IEnumerable<string> known, string file)
    {
        var value = reader.RequiredString(field);
        if (value.Length > 0 && !known.Contains(value, StringComparer.Ordinal))
        {
            reader.Error(field, $"unknown {field} '{value}' ({file})");
        }

        return value;
    }
}

using System.Text.Json.Nodes;
using PeaceOps.Ops.Simulation.Scenarios.Loading;

namespace PeaceOps.Ops.Simulation.Tests.Scenarios;

/// <summary>Each kind of mistake an author makes is refused with an error naming the file, the item and the field.</summary>
public sealed class BrokenScenarioTests
{
    [Fact]
    public void An_unknown_aircraft_type_names_the_aircraft_and_the_known_types()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[1]!["type"] = "Mi-26");

        var error = scenario.Errors().Should().ContainSingle().Subject;

        error.File.Should().Be("aircraft.json");
        error.Item.Should().Be("aircraft 'EX-2' (#2)");
        error.Field.Should().Be("type");
        error.Message.Should().Contain("Mi-26").And.Contain("Bell-412");
    }

    [Fact]
    public void A_facility_outside_the_mission_area_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("facilities.json", root => root[0]!["position"] = new JsonObject { ["lat"] = 12.64, ["lon"] = -8.0 });

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "facilities.json" && e.Item == "facility 'GAO-L2' (#1)" && e.Field == "position" && e.Message.Contains("outside the mission area"));
    }

    [Fact]
    public void Two_items_with_the_same_id_are_refused_naming_both()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[1]!["id"] = "ex-1");

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "aircraft.json" && e.Item == "aircraft 'ex-1' (#2)" && e.Field == "id" && e.Message.Contains("aircraft 'EX-1' (#1)"));
    }

    [Fact]
    public void A_self_intersecting_polygon_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["geometry"]!["coordinates"] = Ring([0.1, 15.9], [0.4, 16.1], [0.4, 15.9], [0.1, 16.1], [0.1, 15.9]));

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "airspace.geojson" && e.Item == "feature 'R-1' (#1)" && e.Field == "geometry" && e.Message.Contains("self-intersection"));
    }

    [Fact]
    public void An_unclosed_polygon_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["geometry"]!["coordinates"] = Ring([0.1, 15.9], [0.4, 15.9], [0.4, 16.1], [0.1, 16.1]));

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "airspace.geojson" && e.Item == "feature 'R-1' (#1)" && e.Field == "geometry.coordinates[0]" && e.Message.Contains("not closed"));
    }

    [Fact]
    public void A_polygon_with_too_few_positions_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["geometry"]!["coordinates"] = Ring([0.1, 15.9], [0.4, 15.9], [0.1, 15.9]));

        scenario.Errors().Should().ContainSingle(e => e.Field == "geometry.coordinates[0]" && e.Message.Contains("at least 4 positions"));
    }

    [Fact]
    public void Latitude_and_longitude_swapped_in_geojson_is_caught()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["geometry"]!["coordinates"] = Ring([15.9, 100.1], [15.9, 100.4], [16.1, 100.4], [15.9, 100.1]));

        scenario.Errors().Should().ContainSingle(e => e.Field == "geometry.coordinates[0][0]" && e.Message.Contains("longitude first"));
    }

    [Fact]
    public void A_zone_time_without_a_time_zone_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["properties"]!["activeFrom"] = "2026-01-01T06:00:00");

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "airspace.geojson" && e.Item == "feature 'R-1' (#1)" && e.Field == "activeFrom" && e.Message.Contains("no time zone"));
    }

    [Fact]
    public void A_zone_whose_floor_is_above_its_ceiling_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("airspace.geojson", root => root["features"]![0]!["properties"]!["floorFt"] = 12000);

        scenario.Errors().Should().ContainSingle(e => e.Field == "ceilingFt" && e.Message.Contains("above the floor"));
    }

    [Fact]
    public void A_number_written_as_text_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft-types.json", root => root[0]!["cruiseSpeedKmh"] = "fast");

        scenario.Errors().Should().ContainSingle(e =>
            e.File == "aircraft-types.json" && e.Item == "aircraft type 'Bell-412' (#1)" && e.Field == "cruiseSpeedKmh" && e.Message.Contains("expected a number"));
    }

    [Fact]
    public void A_number_out_of_range_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft-types.json", root => root[1]!["cruiseSpeedKmh"] = 0);

        scenario.Errors().Should().ContainSingle(e => e.Item == "aircraft type 'Mi-8MT' (#2)" && e.Field == "cruiseSpeedKmh" && e.Message.Contains("outside the allowed range"));
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_silently_defaulted()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("landing-sites.json", root => root[0]!["nightCapabel"] = true);

        scenario.Errors().Should().ContainSingle(e => e.File == "landing-sites.json" && e.Field == "nightCapabel" && e.Message.Contains("not a known field"));
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[0]!.AsObject().Remove("crewNvgCurrent"));

        scenario.Errors().Should().ContainSingle(e => e.Item == "aircraft 'EX-1' (#1)" && e.Field == "crewNvgCurrent" && e.Message.Contains("required"));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var scenario = new ScenarioCopy();
        scenario.Delete("facilities.json");

        scenario.Errors().Should().ContainSingle(e => e.File == "facilities.json" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Broken_json_syntax_names_the_line()
    {
        using var scenario = new ScenarioCopy();
        scenario.Write("aircraft-types.json", "[\n  { \"id\": \"Bell-412\",\n    \"cruiseSpeedKmh\": 230 \n  \n");

        scenario.Errors().Should().Contain(e => e.File == "aircraft-types.json" && e.Item.StartsWith("line ", StringComparison.Ordinal) && e.Message.Contains("not valid JSON"));
    }

    [Fact]
    public void An_aircraft_based_at_an_unknown_landing_site_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[0]!["base"] = "NOWHERE");

        scenario.Errors().Should().ContainSingle(e => e.Item == "aircraft 'EX-1' (#1)" && e.Field == "base" && e.Message.Contains("NOWHERE"));
    }

    [Fact]
    public void An_nvg_airframe_of_a_type_that_cannot_take_nvg_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[1]!["nvgAirframe"] = true);

        scenario.Errors().Should().ContainSingle(e => e.Item == "aircraft 'EX-2' (#2)" && e.Field == "nvgAirframe");
    }

    [Fact]
    public void A_level_II_without_an_operating_table_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("facilities.json", root => root[0]!["operatingTables"] = 0);

        scenario.Errors().Should().ContainSingle(e => e.Item == "facility 'GAO-L2' (#1)" && e.Field == "operatingTables" && e.Message.Contains("Level II"));
    }

    [Fact]
    public void An_unknown_facility_level_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("facilities.json", root => root[1]!["level"] = "IV");

        scenario.Errors().Should().ContainSingle(e => e.Item == "facility 'ANS-L1' (#2)" && e.Field == "level" && e.Message.Contains("'IV'"));
    }

    [Fact]
    public void A_scripted_event_referring_to_an_unknown_zone_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Write("events.json", """[{ "id": "E1", "afterMinutes": 5, "kind": "zoneActivation", "zone": "R-9", "active": true }]""");

        scenario.Errors().Should().ContainSingle(e => e.File == "events.json" && e.Item == "event 'E1' (#1)" && e.Field == "zone" && e.Message.Contains("R-9"));
    }

    [Fact]
    public void A_scripted_event_at_a_time_without_zone_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Write("events.json", """[{ "id": "E1", "at": "2026-03-01 10:00", "kind": "zoneActivation", "zone": "R-1", "active": true }]""");

        scenario.Errors().Should().ContainSingle(e => e.File == "events.json" && e.Field == "at" && e.Message.Contains("no time zone"));
    }

    [Fact]
    public void A_scripted_event_needs_exactly_one_of_at_and_after()
    {
        using var scenario = new ScenarioCopy();
        scenario.Write("events.json", """[{ "id": "E1", "kind": "aircraftUnserviceable", "aircraft": "EX-1" }]""");

        scenario.Errors().Should().ContainSingle(e => e.Item == "event 'E1' (#1)" && e.Message.Contains("exactly one of 'at'"));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("mission.json", root => root["timeZone"] = "Mali/Gao");

        scenario.Errors().Should().ContainSingle(e => e.File == "mission.json" && e.Field == "timeZone");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_go()
    {
        using var scenario = new ScenarioCopy();
        scenario.Edit("aircraft.json", root => root[0]!["type"] = "Mi-26");
        scenario.Edit("facilities.json", root => root[1]!["level"] = "IV");

        var failure = () => ScenarioLoader.Load(scenario.Directory);

        failure.Should().Throw<ScenarioValidationException>()
            .WithMessage("Scenario 'exercise-small' is invalid (2 problems):*aircraft.json: aircraft 'EX-1' (#1), field 'type'*facilities.json: facility 'ANS-L1' (#2), field 'level'*");
    }

    private static JsonArray Ring(params double[][] positions) =>
        [new JsonArray(positions.Select(p => (JsonNode)new JsonArray(p[0], p[1])).ToArray())];
}

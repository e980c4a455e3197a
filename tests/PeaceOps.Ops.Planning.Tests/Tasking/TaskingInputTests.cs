using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

public sealed class TaskingInputTests
{
    private readonly TaskingEngine _engine = new();

    private TaskingResult EvaluateWith(IReadOnlyList<AirspaceZone>? zones = null, double speedKmh = 225) =>
        _engine.Evaluate(
            Mission.Request(Mission.At(30), Mission.Morning),
            Mission.Situation(Mission.Morning, [Mission.Aircraft("H1", Mission.At(0), Mission.Mi8 with { CruiseSpeedKmh = speedKmh })], [Mission.LevelII("L2", Mission.At(60))], zones));

    [Fact]
    public void A_self_intersecting_zone_is_a_validation_error_naming_the_zone()
    {
        // A bow-tie: the edges (0,0)-(10,10) and (10,0)-(0,10) cross at (5,5).
        var bowTie = new AirspaceZone("Z-1", "Bow tie", AirspaceZoneKind.Prohibited,
            [Mission.At(0, 0), Mission.At(10, 10), Mission.At(10, 0), Mission.At(0, 10), Mission.At(0, 0)], 0, 5000, []);

        var result = EvaluateWith([bowTie]);

        result.IsValid.Should().BeFalse();
        result.Options.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("zones[0].boundary");
        result.Errors[0].Message.Should().Contain("Bow tie").And.Contain("must not cross itself");
    }

    [Fact]
    public void An_unclosed_zone_is_a_validation_error()
    {
        var open = new AirspaceZone("Z-2", "Open", AirspaceZoneKind.Danger, [Mission.At(0, 0), Mission.At(10, 0), Mission.At(10, 10), Mission.At(0, 10)], 0, 5000, []);

        var result = EvaluateWith([open]);

        result.Errors.Should().ContainSingle(e => e.Field == "zones[0].boundary" && e.Message.Contains("not closed"));
    }

    [Fact]
    public void A_zone_with_its_floor_above_its_ceiling_is_a_validation_error()
    {
        var upsideDown = Mission.Square("Z-3", AirspaceZoneKind.Restricted, 0, 0, 10, 10) with { FloorFt = 8000, CeilingFt = 2000 };

        var result = EvaluateWith([upsideDown]);

        result.Errors.Should().ContainSingle(e => e.Field == "zones[0].floorFt" && e.Message.Contains("8000 ft"));
    }

    [Fact]
    public void An_aircraft_with_zero_speed_is_a_validation_error()
    {
        var result = EvaluateWith(speedKmh: 0);

        result.Errors.Should().ContainSingle(e => e.Field == "aircraft[0].profile.cruiseSpeedKmh");
    }

    [Fact]
    public void A_what_if_naming_an_unknown_zone_is_a_validation_error()
    {
        var result = _engine.Evaluate(
            Mission.Request(Mission.At(30), Mission.Morning),
            Mission.Situation(Mission.Morning, [Mission.Aircraft("H1", Mission.At(0))], [Mission.LevelII("L2", Mission.At(60))]),
            WhatIf.ZoneCleared("NOPE"));

        result.Errors.Should().ContainSingle(e => e.Field == "whatIf.zoneId");
    }

    [Fact]
    public void A_degenerate_zone_without_area_is_a_validation_error()
    {
        GeoPosition[] line = [Mission.At(0), Mission.At(10), Mission.At(20), Mission.At(0)];

        var result = EvaluateWith([new AirspaceZone("Z-4", "Line", AirspaceZoneKind.Threat, line, 0, 1000, [])]);

        result.Errors.Should().ContainSingle(e => e.Field == "zones[0].boundary");
    }
}

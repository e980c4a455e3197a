using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.Picture;
using static PeaceOps.Ops.Replay.Tests.Support.Scripted;

namespace PeaceOps.Ops.Replay.Tests.Picture;

public sealed class OperationsPictureProjectionTests
{
    private static AircraftSnapshot Aircraft(string id, AircraftStatus status = AircraftStatus.Available, AircraftPosition? position = null) =>
        new(new AircraftProfile(id, id.ToUpperInvariant(), "Mi-8MTV", "base-1", new GeoPoint(14, -2), true, true, 120, 210, 7, 3, false),
            status, position, 200, null, null, At(8, 0));

    private static AircraftPosition Position(int minute, double lat) => new(lat, -2, 300, 90, 110, At(9, minute));

    [Fact]
    public void A_position_never_moves_backwards_in_time()
    {
        var projection = new OperationsPictureProjection();
        projection.Apply(new AircraftChanged(Aircraft("ac-1")) { Sequence = 1 });

        projection.Move("ac-1", Position(10, 14.5));
        projection.Move("ac-1", Position(5, 14.1));

        projection.FindAircraft("ac-1")!.Position!.Lat.Should().Be(14.5);
    }

    [Fact]
    public void A_status_change_carrying_an_older_position_keeps_the_newer_one()
    {
        var projection = new OperationsPictureProjection();
        projection.Apply(new AircraftChanged(Aircraft("ac-1")) { Sequence = 1 });
        projection.Move("ac-1", Position(10, 14.5));

        projection.Apply(new AircraftChanged(Aircraft("ac-1", AircraftStatus.Tasked, Position(5, 14.1))) { Sequence = 2 });

        var aircraft = projection.FindAircraft("ac-1")!;
        aircraft.Status.Should().Be(AircraftStatus.Tasked);
        aircraft.Position!.Lat.Should().Be(14.5);
    }

    [Fact]
    public void The_same_changes_give_the_same_picture_whichever_order_positions_and_status_arrive_in()
    {
        var a = new OperationsPictureProjection();
        var b = new OperationsPictureProjection();
        OpsChange[] registered = [new AircraftChanged(Aircraft("ac-2")) { Sequence = 1 }, new AircraftChanged(Aircraft("ac-1")) { Sequence = 2 }];
        foreach (var change in registered)
        {
            a.Apply(change);
            b.Apply(change);
        }

        var tasked = new AircraftChanged(Aircraft("ac-1", AircraftStatus.Tasked, Position(3, 14.0))) { Sequence = 3 };
        a.Move("ac-1", Position(7, 14.3));
        a.Apply(tasked);
        b.Apply(tasked);
        b.Move("ac-1", Position(7, 14.3));

        PictureHash.Compute(a.ToSnapshot(At(9, 8), "x")).Should().Be(PictureHash.Compute(b.ToSnapshot(At(9, 9), "y")));
    }

    [Fact]
    public void The_hash_tells_pictures_apart_when_what_they_show_differs()
    {
        var projection = new OperationsPictureProjection();
        projection.Apply(new AircraftChanged(Aircraft("ac-1")) { Sequence = 1 });
        var before = PictureHash.Compute(projection.ToSnapshot(At(9, 0), "x"));

        projection.Apply(new AirspaceZoneChanged(new AirspaceZoneDto("r-12", "R-12", AirspaceKind.Restricted,
            [[new GeoPoint(14, -2), new GeoPoint(14, -1), new GeoPoint(15, -1), new GeoPoint(14, -2)]], 0, 10000)) { Sequence = 2 });

        PictureHash.Compute(projection.ToSnapshot(At(9, 0), "x")).Should().NotBe(before);
    }

    [Fact]
    public void A_removed_zone_leaves_the_picture_and_the_sequence_follows_the_newest_change()
    {
        var projection = new OperationsPictureProjection();
        projection.Apply(new AirspaceZoneChanged(new AirspaceZoneDto("r-12", "R-12", AirspaceKind.Restricted, [], 0, 10000)) { Sequence = 4 });

        projection.Apply(new AirspaceZoneRemoved("r-12") { Sequence = 9 });

        var picture = projection.ToSnapshot(At(9, 0), "x");
        picture.Airspace.Should().BeEmpty();
        picture.Sequence.Should().Be(9);
    }

    [Fact]
    public void A_picture_restored_from_its_snapshot_is_the_same_picture()
    {
        var projection = new OperationsPictureProjection();
        projection.Apply(new AircraftChanged(Aircraft("ac-1")) { Sequence = 1 });
        projection.Move("ac-1", Position(4, 14.2));
        projection.Apply(new MissionSettingsChanged(new MissionSettingsDto(NightFlightAuthorized: true)) { Sequence = 2 });
        var snapshot = projection.ToSnapshot(At(9, 5), "x");

        var restored = OperationsPictureProjection.From(snapshot);

        PictureHash.Compute(restored.ToSnapshot(At(9, 5), "x")).Should().Be(PictureHash.Compute(snapshot));
        restored.Sequence.Should().Be(2);
    }
}

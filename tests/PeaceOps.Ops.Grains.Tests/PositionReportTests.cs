using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Grains.Tests.Support;

namespace PeaceOps.Ops.Grains.Tests;

public sealed class PositionReportTests : IAsyncLifetime
{
    private OpsCluster _cluster = null!;

    public async ValueTask InitializeAsync() => _cluster = await OpsCluster.StartAsync();

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Repeated_report_ids_and_older_reports_are_ignored()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var aircraft = _cluster.Grain<IAircraftGrain>("h1");
        var t = OpsCluster.Start.AddMinutes(1);
        var newest = new PositionReport("p2", t.AddSeconds(10), 16.30, -0.10, 300, 270, 120);

        var first = await aircraft.ReportPositions(new[] { newest, new PositionReport("p1", t, 16.28, -0.08, 300, 270, 120) });
        var second = await aircraft.ReportPositions(new[] { newest, new PositionReport("p0", t.AddSeconds(-30), 16.2, -0.01, 0, 0, 0) });

        first.Should().Be(new PositionReportResult(2, 0, 0));
        second.Should().Be(new PositionReportResult(0, 1, 1));
        (await aircraft.GetSnapshot()).Position.Should().Be(new AircraftPosition(16.30, -0.10, 300, 270, 120, t.AddSeconds(10)));
    }

    [Fact]
    public async Task Accepted_reports_land_in_the_position_log_once_even_when_repeated()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var aircraft = _cluster.Grain<IAircraftGrain>("h1");
        var t = OpsCluster.Start.AddMinutes(1);
        var p1 = new PositionReport("p1", t, 16.28, -0.08, 300, 270, 120);
        var p2 = new PositionReport("p2", t.AddSeconds(10), 16.30, -0.10, 310, 265, 118);

        await aircraft.ReportPositions(new[] { p1, p2, p2 });
        await aircraft.ReportPositions(new[] { p2, new PositionReport("p0", t.AddSeconds(-30), 16.2, -0.01, 0, 0, 0) });

        await using var log = _cluster.OpenPositionLog();
        var track = await log.ReadTrackAsync("h1", OpsCluster.Start.AddDays(-1), OpsCluster.Start.AddDays(1), TestContext.Current.CancellationToken);
        track.Select(r => (r.ReportId, r.At, r.Latitude, r.Longitude, r.AltitudeM, r.HeadingDeg, r.SpeedKts)).Should().Equal(
            ("p1", t, 16.28, -0.08, 300d, 270d, 120d),
            ("p2", t.AddSeconds(10), 16.30, -0.10, 310d, 265d, 118d));
    }

    [Fact]
    public async Task A_refused_batch_writes_nothing_to_the_position_log()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var aircraft = _cluster.Grain<IAircraftGrain>("h1");

        var act = () => aircraft.ReportPositions(new[]
        {
            new PositionReport("ok", OpsCluster.Start.AddMinutes(1), 16.3, -0.1, 300, 90, 100),
            new PositionReport("bad", OpsCluster.Start.AddMinutes(2), 123, -0.1, 300, 90, 100),
        });

        await act.Should().ThrowAsync<CommandRejectedException>();
        await using var log = _cluster.OpenPositionLog();
        (await log.ReadTrackAsync("h1", OpsCluster.Start.AddDays(-1), OpsCluster.Start.AddDays(1), TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_batch_with_one_bad_report_is_refused_whole()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var aircraft = _cluster.Grain<IAircraftGrain>("h1");
        var before = await aircraft.GetSnapshot();

        var act = () => aircraft.ReportPositions(new[]
        {
            new PositionReport("ok", OpsCluster.Start.AddMinutes(1), 16.3, -0.1, 300, 90, 100),
            new PositionReport("bad", OpsCluster.Start.AddMinutes(2), 123, -0.1, 300, 90, 100),
        });

        (await act.Should().ThrowAsync<CommandRejectedException>()).Which.Field.Should().Be("[1].lat");
        (await aircraft.GetSnapshot()).Position.Should().Be(before.Position);
    }
}

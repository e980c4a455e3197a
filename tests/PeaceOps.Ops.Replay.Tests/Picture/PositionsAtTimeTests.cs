using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Replay.Tests.Support;

namespace PeaceOps.Ops.Replay.Tests.Picture;

public sealed class PositionsAtTimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Picture_at_T_shows_the_position_last_reported_at_or_before_T()
    {
        await using var run = await RecordedRun.StartAsync(Start);
        var profile = new AircraftProfile("ac-1", "UN-1", "Mi-8MTV", "base-1", new GeoPoint(14, -2), true, true, 225, 210, 7, 3, false);
        var atBase = new AircraftPosition(14, -2, 0, 0, 0, Start);
        await run.RecordAsync("aircraft-ac-1", "AircraftRegistered", new { profile, occurredAt = Start, actor = "system" },
            new AircraftChanged(new AircraftSnapshot(profile, AircraftStatus.Available, atBase, 225, null, null, Start)));
        var first = new AircraftPosition(14.1, -1.9, 300, 45, 120, Start.AddMinutes(1));
        var second = new AircraftPosition(14.2, -1.8, 310, 50, 118, Start.AddMinutes(2));
        await run.ReportPositionAsync("ac-1", first);
        await run.ReportPositionAsync("ac-1", second);
        run.Time.Advance(TimeSpan.FromMinutes(3));
        var replayer = run.Replayer();

        (await replayer.AtAsync(Start.AddSeconds(30), TestContext.Current.CancellationToken)).Aircraft.Single().Position.Should().Be(atBase);
        (await replayer.AtAsync(Start.AddMinutes(1), TestContext.Current.CancellationToken)).Aircraft.Single().Position.Should().Be(first);
        (await replayer.AtAsync(Start.AddSeconds(119), TestContext.Current.CancellationToken)).Aircraft.Single().Position.Should().Be(first);
        (await replayer.AtAsync(Start.AddMinutes(2), TestContext.Current.CancellationToken)).Aircraft.Single().Position.Should().Be(second);
    }
}

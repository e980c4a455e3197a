using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Replay.Playback;
using PeaceOps.Ops.Replay.Tests.Picture;

namespace PeaceOps.Ops.Replay.Tests.Playback;

public sealed class ReplaySessionTests
{
    [Fact]
    public async Task Playback_starts_from_the_picture_then_its_changes_rebuild_the_live_picture_at_the_end()
    {
        var (run, samples) = await ReplayMatchesLiveTests.RunAsync();
        await using var _ = run;
        var (from, _) = samples[2];
        var (to, liveAtEnd) = samples[^3];
        var before = await run.Events.ReadLastSequenceAsync(TestContext.Current.CancellationToken);
        var session = new ReplaySession(run.Replayer(), run.Events, new PositionHistory(run.Database), run.Time, new ReplayRequest(from, to, 600))
        {
            Tick = TimeSpan.FromSeconds(1),
        };
        var frames = new List<ReplayFrame>();
        var playing = session.RunAsync((frame, _) => { lock (frames) { frames.Add(frame); } return Task.CompletedTask; }, TestContext.Current.CancellationToken);

        while (!playing.IsCompleted)
        {
            run.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        await playing;
        frames[0].Kind.Should().Be(ReplayFrame.SnapshotKind);
        frames[^1].Kind.Should().Be(ReplayFrame.EndedKind);
        frames.Select(f => f.ReplayTime).Should().BeInAscendingOrder();
        var projection = OperationsPictureProjection.From(frames[0].Picture!);
        foreach (var change in frames.Where(f => f.Kind == ReplayFrame.ChangesKind).SelectMany(f => f.Changes))
        {
            projection.Apply(change);
        }

        PictureHash.Compute(projection.ToSnapshot(to, "replay")).Should().Be(liveAtEnd);
        (await run.Events.ReadLastSequenceAsync(TestContext.Current.CancellationToken)).Should().Be(before, "a replay never writes to the live log");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(601)]
    [InlineData(double.NaN)]
    public void A_speed_outside_1x_to_600x_is_refused_naming_the_field(double speed)
    {
        var now = new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

        var errors = new ReplayRequest(now.AddHours(-2), now.AddHours(-1), speed).Validate(now.AddDays(-1), now, TimeSpan.FromHours(1));

        errors.Should().ContainKey("speed");
    }

    [Fact]
    public void A_reversed_period_a_future_end_or_start_and_a_start_before_the_log_are_refused()
    {
        var now = new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

        new ReplayRequest(now.AddHours(-1), now.AddHours(-2), 10).Validate(null, now, TimeSpan.FromHours(1)).Should().ContainKey("to");
        new ReplayRequest(now.AddHours(-1), now.AddHours(1), 10).Validate(null, now, TimeSpan.FromHours(1)).Should().ContainKey("to");
        new ReplayRequest(now.AddDays(-3), now.AddHours(-1), 10).Validate(now.AddDays(-1), now, TimeSpan.FromHours(1)).Should().ContainKey("from");
        new ReplayRequest(now.AddHours(1), now.AddHours(2), 10).Validate(now.AddDays(-1), now, TimeSpan.FromHours(1)).Should().ContainKey("from");
        new ReplayRequest(now.AddHours(-2), now.AddHours(-1), 60).Validate(now.AddDays(-1), now, TimeSpan.FromHours(1)).Should().BeEmpty();
    }
}

using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using PeaceOps.Ops.Dashboard.Hub.Replay;

namespace PeaceOps.Ops.Silo.Tests.Hub;

public sealed class ReplayHubTests(RecordedSettingsHost api) : IClassFixture<RecordedSettingsHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Frames until <c>ended</c>, in the order they arrived.</summary>
    private static async Task<List<ReplayFrameView>> FramesUntilEndedAsync(HubClient client)
    {
        var frames = new List<ReplayFrameView>();
        do
        {
            frames.Add(await client.NextAsync<ReplayFrameView>(TimeSpan.FromSeconds(20)));
        }
        while (frames[^1].Kind != "ended");
        return frames;
    }

    private static IEnumerable<double> Thresholds(IEnumerable<ReplayFrameView> frames) =>
        frames.Where(f => f.Kind == "changes").SelectMany(f => f.Changes)
            .Where(c => c.Kind == "missionSettingsChanged")
            .Select(c => c.Settings!.NightSunElevationDeg);

    [Fact]
    public async Task A_reviewer_gets_the_recorded_changes_in_order_and_a_live_client_gets_none()
    {
        var (from, to, _) = await api.RecordAsync();
        await using var live = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));

        await reviewer.Connection.InvokeAsync("StartReplay", from, to, 60.0, Cancel);
        var frames = await FramesUntilEndedAsync(reviewer);

        frames[0].Kind.Should().Be("snapshot");
        frames[0].Picture!.Settings.NightSunElevationDeg.Should().NotBe(RecordedSettingsHost.Threshold(0), "the picture at 'from' predates every change");
        frames.Select(f => f.ReplayTime).Should().BeInAscendingOrder();
        Thresholds(frames).Should().Equal(Enumerable.Range(0, RecordedSettingsHost.Count).Select(RecordedSettingsHost.Threshold));
        var othersGot = () => live.NextAsync<ReplayFrameView>(TimeSpan.FromSeconds(1));
        await othersGot.Should().ThrowAsync<OperationCanceledException>("playback goes to the client that asked for it only");
    }

    [Fact]
    public async Task A_playback_takes_the_recorded_time_divided_by_the_speed()
    {
        var (from, to, _) = await api.RecordAsync();
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        const double speed = 2;
        var expected = (to - from) / speed;

        var started = System.Diagnostics.Stopwatch.StartNew();
        await reviewer.Connection.InvokeAsync("StartReplay", from, to, speed, Cancel);
        var frames = await FramesUntilEndedAsync(reviewer);
        started.Stop();

        // Never faster than asked; slower only by the machine's noise (two cores shared with other builds).
        started.Elapsed.Should().BeGreaterThanOrEqualTo(expected - TimeSpan.FromMilliseconds(150));
        started.Elapsed.Should().BeLessThan(expected + TimeSpan.FromSeconds(3));
        frames.Count(f => f.Kind == "changes").Should().BeGreaterThan(1, "at 2x the changes, 400 ms apart, come in separate ticks");
    }

    [Fact]
    public async Task A_duty_officer_may_replay_but_a_medical_coordinator_may_not()
    {
        var (from, to, _) = await api.RecordAsync();
        await using var duty = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("duty"));
        await using var medical = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("medical"));

        await duty.Connection.InvokeAsync("StartReplay", from, to, 600.0, Cancel);
        var refused = () => medical.Connection.InvokeAsync("StartReplay", from, to, 600.0, Cancel);

        (await duty.NextAsync<ReplayFrameView>()).Kind.Should().Be("snapshot");
        (await refused.Should().ThrowAsync<HubException>()).WithMessage("*unauthorized*");
    }

    public static TheoryData<string, int, int, double, string> BadRequests => new()
    {
        // (case, from offset s, to offset s, speed, the argument the message must name); offsets from the recording's start.
        { "reversed period", 2, 1, 10, "'to'" },
        { "empty period", 1, 1, 10, "'to'" },
        { "before the log", -3 * 3600, 1, 10, "'from'" },
        { "from in the future", 3600, 7200, 10, "'from'" },
        { "to in the future", 0, 3600, 10, "'to'" },
        { "too slow", 0, 1, 0.5, "'speed'" },
        { "too fast", 0, 1, 601, "'speed'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_arguments_are_refused_naming_the_argument(string @case, int fromSeconds, int toSeconds, double speed, string argument)
    {
        var (start, _, _) = await api.RecordAsync();
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));

        var act = () => reviewer.Connection.InvokeAsync("StartReplay", start.AddSeconds(fromSeconds), start.AddSeconds(toSeconds), speed, Cancel);

        (await act.Should().ThrowAsync<HubException>(@case)).WithMessage($"*{argument}*");
    }

    [Fact]
    public async Task Pause_stops_the_frames_and_resume_plays_the_rest()
    {
        var (from, to, _) = await api.RecordAsync();
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        await reviewer.Connection.InvokeAsync("StartReplay", from, to, 1.0, Cancel);
        var before = new List<ReplayFrameView> { await reviewer.NextAsync<ReplayFrameView>(), await reviewer.NextAsync<ReplayFrameView>() };

        await reviewer.Connection.InvokeAsync("PauseReplay", Cancel);
        await Task.Delay(300, Cancel);
        before.AddRange(reviewer.Drain<ReplayFrameView>());
        var whilePaused = () => reviewer.NextAsync<ReplayFrameView>(TimeSpan.FromSeconds(1.5));
        await whilePaused.Should().ThrowAsync<OperationCanceledException>("a paused playback sends nothing");

        await reviewer.Connection.InvokeAsync("ResumeReplay", Cancel);
        var after = await FramesUntilEndedAsync(reviewer);

        Thresholds(before.Concat(after)).Should().Equal(Enumerable.Range(0, RecordedSettingsHost.Count).Select(RecordedSettingsHost.Threshold),
            "nothing is lost or repeated across a pause");
    }

    [Fact]
    public async Task Seek_sends_the_picture_at_that_moment_then_the_changes_after_it()
    {
        var (from, to, changedAt) = await api.RecordAsync();
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        await reviewer.Connection.InvokeAsync("StartReplay", from, to, 1.0, Cancel);
        await reviewer.NextAsync<ReplayFrameView>();
        await reviewer.Connection.InvokeAsync("PauseReplay", Cancel);

        // Halfway between the 3rd and 4th change: the picture shows the 3rd.
        var at = changedAt[2] + (RecordedSettingsHost.Step / 2);
        await reviewer.Connection.InvokeAsync("SeekReplay", at, Cancel);
        var snapshot = await reviewer.NextAsync<ReplayFrameView>();
        while (snapshot.Kind != "snapshot")
        {
            snapshot = await reviewer.NextAsync<ReplayFrameView>();
        }

        await reviewer.Connection.InvokeAsync("ResumeReplay", Cancel);
        var after = await FramesUntilEndedAsync(reviewer);

        snapshot.ReplayTime.Should().Be(at);
        snapshot.Picture!.Settings.NightSunElevationDeg.Should().Be(RecordedSettingsHost.Threshold(2));
        Thresholds(after).Should().Equal(Enumerable.Range(3, RecordedSettingsHost.Count - 3).Select(RecordedSettingsHost.Threshold));
    }

    [Fact]
    public async Task Pausing_without_a_playback_is_refused()
    {
        await using var reviewer = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));

        var act = () => reviewer.Connection.InvokeAsync("PauseReplay", Cancel);

        (await act.Should().ThrowAsync<HubException>()).WithMessage("*StartReplay*");
    }
}

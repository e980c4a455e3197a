using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Hub;

public sealed class OpsHubTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task ChangeSettingsAsync(double nightSunElevationDeg)
    {
        using var admin = await api.ClientAsync("admin");
        using var response = await admin.PutAsJsonAsync("/api/v1/mission/settings", new { nightFlightAuthorized = true, nightSunElevationDeg }, Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_gets_a_snapshot_on_connect_then_changes_with_increasing_sequences()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        var snapshot = await client.NextAsync<PictureView>();

        await ChangeSettingsAsync(-7);
        var batches = await client.ChangesUntilAsync("missionSettingsChanged");
        await ChangeSettingsAsync(-8);
        batches.AddRange(await client.ChangesUntilAsync("missionSettingsChanged"));

        var last = snapshot.Sequence;
        foreach (var batch in batches)
        {
            batch.FromSequence.Should().BeLessThanOrEqualTo(last + 1, "a batch must not skip sequences");
            batch.ToSequence.Should().BeGreaterThanOrEqualTo(last);
            last = Math.Max(last, batch.ToSequence);
        }

        last.Should().BeGreaterThan(snapshot.Sequence);
        batches[^1].Changes.Single(c => c.Kind == "missionSettingsChanged").Settings!.NightSunElevationDeg.Should().Be(-8);
    }

    [Fact]
    public async Task Reading_options_again_announces_them_only_once_while_they_are_unchanged()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("duty"));
        await client.NextAsync<PictureView>();
        using var duty = await api.ClientAsync("duty");
        using var created = await duty.PostAsJsonAsync(
            "/api/v1/incidents",
            new { idempotencyKey = Guid.NewGuid().ToString(), nineLineText = "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1\nLINE 4: A\nLINE 5: L1" },
            Cancel);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("id").GetString();

        // Each dashboard re-reads the options when they are announced; were every read announced, they would loop.
        for (var read = 0; read < 3; read++)
        {
            using var options = await duty.GetAsync(new Uri($"/api/v1/incidents/{id}/options", UriKind.Relative), Cancel);
            options.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await ChangeSettingsAsync(-6.5);
        var batches = await client.ChangesUntilAsync("missionSettingsChanged");

        batches.SelectMany(b => b.Changes).Count(c => c.Kind == "incidentOptionsUpdated" && c.IncidentId == id).Should().Be(1);
    }

    [Fact]
    public async Task A_client_without_a_token_cannot_connect()
    {
        var act = () => HubClient.ConnectAsync(api.Host, token: null);

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Resync_sends_what_a_client_missed()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("duty"));
        var snapshot = await client.NextAsync<PictureView>();
        await ChangeSettingsAsync(-9);
        await client.ChangesUntilAsync("missionSettingsChanged");

        await client.Connection.InvokeAsync("Resync", snapshot.Sequence, Cancel);
        var resent = await client.NextAsync<ChangesView>();

        resent.FromSequence.Should().Be(snapshot.Sequence + 1);
        resent.Changes.Should().Contain(c => c.Kind == "missionSettingsChanged" && c.Settings!.NightSunElevationDeg == -9);
    }

    [Fact]
    public async Task Resync_from_before_the_remembered_history_sends_a_fresh_snapshot()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("medical"));
        await client.NextAsync<PictureView>();

        await client.Connection.InvokeAsync("Resync", 0L, Cancel);

        (await client.NextAsync<PictureView>()).Sequence.Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_subscription_leaves_out_the_topics_not_asked_for()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("medical"));
        await client.NextAsync<PictureView>();
        await client.Connection.InvokeAsync("Subscribe", new[] { "facilities", "incidents" }, Cancel);
        var fresh = await client.NextAsync<PictureView>();

        await ChangeSettingsAsync(-10);
        await using var watcher = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));
        await watcher.NextAsync<PictureView>();
        await ChangeSettingsAsync(-11);
        await watcher.ChangesUntilAsync("missionSettingsChanged");

        var act = () => client.NextAsync<ChangesView>(TimeSpan.FromSeconds(1));
        await act.Should().ThrowAsync<OperationCanceledException>("a medical view subscribed to facilities and incidents gets no mission settings");
        fresh.Should().NotBeNull();
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("positions,bogus")]
    [InlineData("")]
    public async Task Subscribe_refuses_unknown_or_no_topics_naming_the_argument(string topicList)
    {
        var topics = topicList.Length == 0 ? [] : topicList.Split(',');
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));

        var act = () => client.Connection.InvokeAsync("Subscribe", topics, Cancel);

        (await act.Should().ThrowAsync<HubException>()).WithMessage("*topics*");
    }

    [Fact]
    public async Task Resync_refuses_a_negative_sequence()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"));

        var act = () => client.Connection.InvokeAsync("Resync", -1L, Cancel);

        (await act.Should().ThrowAsync<HubException>()).WithMessage("*lastSequence*");
    }

    [Fact]
    public async Task A_messagepack_client_gets_the_same_snapshot()
    {
        await using var client = await HubClient.ConnectAsync(api.Host, await api.TokenAsync("reviewer"), messagePack: true);

        var snapshot = await client.NextAsync<PictureView>();

        snapshot.Epoch.Should().NotBeNullOrEmpty();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Api;

public sealed class IncidentApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Report(string key) => NineLineRequest.Body(key, 12.65, -8.0, security: "P");

    [Fact]
    public async Task Reporting_twice_with_the_same_key_gives_the_same_incident_and_records_the_actor()
    {
        using var duty = await api.ClientAsync("duty");
        var key = Guid.NewGuid().ToString();

        using var first = await duty.PostAsJsonAsync("/api/v1/incidents", Report(key), Cancel);
        using var second = await duty.PostAsJsonAsync("/api/v1/incidents", Report(key), Cancel);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();
        var events = await duty.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}/events", Cancel);
        var detail = await duty.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", Cancel);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        (await second.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString().Should().Be(id);
        events.EnumerateArray().Should().ContainSingle(e => e.GetProperty("type").GetString()!.Contains("Reported", StringComparison.OrdinalIgnoreCase))
            .Which.GetProperty("actor").GetString().Should().Be("duty");
        detail.GetProperty("pickup").GetProperty("mgrs").GetString().Should().NotBeNullOrEmpty();
        detail.GetProperty("clocks").GetProperty("resuscitationDueAt").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task The_incident_list_includes_a_reported_incident()
    {
        using var duty = await api.ClientAsync("duty");
        using var created = await duty.PostAsJsonAsync("/api/v1/incidents", Report(Guid.NewGuid().ToString()), Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();

        using var reviewer = await api.ClientAsync("reviewer");
        var list = await reviewer.GetFromJsonAsync<JsonElement>("/api/v1/incidents", Cancel);

        list.EnumerateArray().Should().Contain(i => i.GetProperty("id").GetString() == id);
    }

    private const string TypedNineLine = """
        line 1: 30qzd 16391 00716
        2. 38.90 dustoff 6
        LINE 3: A1 B1 C1
        LINE 4: B
        LINE 5: L2 A1
        LINE 6: X
        LINE 7: C green
        LINE 8: A2 C1
        LINE 9: NONE
        """;

    [Fact]
    public async Task A_typed_9_line_becomes_an_incident_with_every_line_carried_over()
    {
        using var duty = await api.ClientAsync("duty");

        using var created = await duty.PostAsJsonAsync("/api/v1/incidents", new { idempotencyKey = Guid.NewGuid().ToString(), nineLineText = TypedNineLine }, Cancel);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        created.StatusCode.Should().Be(HttpStatusCode.Created, body.ToString());
        body.GetProperty("precedence").GetString().Should().Be("urgentSurgical");
        var nineLine = body.GetProperty("nineLine");
        nineLine.GetProperty("pickupMgrs").GetString().Should().Be("30QZD1639100716");
        nineLine.GetProperty("pickupLat").GetDouble().Should().BeApproximately(16.27, 0.05, "30QZD lies near Gao");
        nineLine.GetProperty("radioFrequency").GetString().Should().Be("38.90");
        nineLine.GetProperty("callSign").GetString().Should().Be("DUSTOFF 6");
        nineLine.GetProperty("patients").GetProperty("urgentSurgical").GetInt32().Should().Be(1);
        nineLine.GetProperty("patients").GetProperty("priority").GetInt32().Should().Be(1);
        nineLine.GetProperty("specialEquipment").EnumerateArray().Select(e => e.GetString()).Should().Equal("hoist");
        nineLine.GetProperty("litter").GetInt32().Should().Be(2);
        nineLine.GetProperty("ambulatory").GetInt32().Should().Be(1);
        nineLine.GetProperty("security").GetString().Should().Be("X");
        nineLine.GetProperty("marking").GetString().Should().Be("C GREEN");
        nineLine.GetProperty("nationality").GetString().Should().Be("A2 C1");
    }

    [Fact]
    public async Task A_typed_9_line_with_a_bad_line_is_a_400_naming_that_line_and_records_nothing()
    {
        using var duty = await api.ClientAsync("duty");
        var key = Guid.NewGuid().ToString();
        var broken = TypedNineLine.Replace("LINE 3: A1 B1 C1", "LINE 3: Q7", StringComparison.Ordinal);

        using var refused = await duty.PostAsJsonAsync("/api/v1/incidents", new { idempotencyKey = key, nineLineText = broken }, Cancel);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var fixedUp = await duty.PostAsJsonAsync("/api/v1/incidents", new { idempotencyKey = key, nineLineText = TypedNineLine }, Cancel);
        var events = await duty.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{(await fixedUp.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()}/events", Cancel);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().ContainSingle()
            .Which.Should().StartWith("nineLineText.line3");
        fixedUp.StatusCode.Should().Be(HttpStatusCode.Created, "the refused attempt left nothing behind under its key");
        events.EnumerateArray().Should().ContainSingle(e => e.GetProperty("type").GetString()!.Contains("Reported", StringComparison.OrdinalIgnoreCase));
    }
}

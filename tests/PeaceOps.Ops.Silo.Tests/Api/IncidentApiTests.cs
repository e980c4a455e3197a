using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Api;

public sealed class IncidentApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Report(string key) => new
    {
        idempotencyKey = key,
        nineLine = new
        {
            pickup = new { lat = 12.65, lon = -8.0 },
            radioFrequency = "38.90",
            callSign = "DUSTOFF 6",
            patients = new { urgent = 1 },
            specialEquipment = Array.Empty<string>(),
            litter = 1,
            ambulatory = 0,
            security = "P",
            marking = "C",
            nationality = "C",
            terrain = "NONE",
        },
    };

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
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Silo.Tests.Support;
using PeaceOps.Ops.Storage.Positions;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>
/// POST /api/v1/aircraft/{id}/positions with several reports in one post, as a tracker sends what it buffered during a
/// burst: each report is stored once (idempotent by report id, so a whole batch can be retried), and one bad report
/// refuses the whole post, named by its index and field, with nothing of the batch written.
/// </summary>
public sealed class PositionBatchApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // After registration, which places the aircraft at its base now (older reports would be ignored as out of order), and
    // within the 2-minute tolerance for tracker clocks ahead of the server's. A new instance per test: a fresh "now".
    private readonly DateTimeOffset _base = DateTimeOffset.UtcNow.AddSeconds(30);

    [Fact]
    public async Task A_batch_is_stored_report_by_report_and_a_retried_batch_is_ignored()
    {
        await RegisterAsync("batch-1");
        var batch = Batch(("b1-r1", 0, 16.30), ("b1-r2", 1, 16.31), ("b1-r3", 2, 16.32));

        var first = await PostAsync("batch-1", batch);
        var retry = await PostAsync("batch-1", batch);

        first.Should().Be((HttpStatusCode.Accepted, 3, 0));
        retry.Should().Be((HttpStatusCode.Accepted, 0, 3));
        var track = await TrackAsync("batch-1");
        track.Select(r => (r.ReportId, r.Latitude)).Should().Equal(("b1-r1", 16.30), ("b1-r2", 16.31), ("b1-r3", 16.32));
        (await SnapshotAsync("batch-1")).Position!.Lat.Should().Be(16.32);
    }

    [Fact]
    public async Task A_batch_overlapping_one_already_stored_stores_only_the_new_reports()
    {
        await RegisterAsync("batch-2");
        await PostAsync("batch-2", Batch(("b2-r1", 0, 16.30), ("b2-r2", 1, 16.31)));

        var overlapping = await PostAsync("batch-2", Batch(("b2-r2", 1, 16.31), ("b2-r3", 2, 16.32)));

        overlapping.Should().Be((HttpStatusCode.Accepted, 1, 1));
        (await TrackAsync("batch-2")).Select(r => r.ReportId).Should().Equal("b2-r1", "b2-r2", "b2-r3");
    }

    [Theory]
    [InlineData("lat", "123", "[2].lat")]
    [InlineData("speedKts", "2000", "[2].speedKts")]
    [InlineData("at", "\"2099-01-01T00:00:00Z\"", "[2].at")]
    public async Task One_bad_report_refuses_the_whole_batch_naming_its_index_and_field(string member, string value, string field)
    {
        var id = "batch-bad-" + member;
        await RegisterAsync(id);
        await PostAsync(id, Batch(("before", 0, 16.29)));
        var reports = Batch(("good-1", 1, 16.30), ("good-2", 2, 16.31), ("bad", 3, 16.32));
        using var bad = JsonDocument.Parse(value);
        reports[2][member] = bad.RootElement;
        var json = JsonSerializer.Serialize(reports);

        using var client = await api.ClientAsync("admin");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"/api/v1/aircraft/{id}/positions", UriKind.Relative), content, Cancel);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Fields.Should().Equal(field);
        (await TrackAsync(id)).Select(r => r.ReportId).Should().Equal("before");
        (await SnapshotAsync(id)).Position!.Lat.Should().Be(16.29);
    }

    private Dictionary<string, object>[] Batch(params (string Id, int Second, double Lat)[] reports) =>
    [
        .. reports.Select(r => new Dictionary<string, object>
        {
            ["reportId"] = r.Id,
            ["at"] = _base.AddSeconds(r.Second).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["lat"] = r.Lat,
            ["lon"] = -0.10,
            ["altitudeM"] = 300,
            ["headingDeg"] = 0,
            ["speedKts"] = 110,
        }),
    ];

    private async Task RegisterAsync(string id)
    {
        using var client = await api.ClientAsync("admin");
        using var response = await client.PutAsJsonAsync($"/api/v1/aircraft/{id}", new
        {
            callsign = id, type = "Bell 412", baseId = "GAO-AB", baseLat = 16.2484, baseLon = -0.0054, nvgCapable = true, crewNvgCurrent = true,
            cruiseSpeedKmh = 230, enduranceMinutes = 180, litters = 4, seats = 6, hoist = false,
        }, Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<(HttpStatusCode Status, int Accepted, int Duplicates)> PostAsync(string id, Dictionary<string, object>[] reports)
    {
        using var client = await api.ClientAsync("admin");
        using var response = await client.PostAsJsonAsync($"/api/v1/aircraft/{id}/positions", reports, Cancel);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return (response.StatusCode, body.RootElement.GetProperty("accepted").GetInt32(), body.RootElement.GetProperty("duplicates").GetInt32());
    }

    private Task<IReadOnlyList<RecordedPositionReport>> TrackAsync(string id) =>
        api.Host.Services.GetRequiredService<IPositionLog>().ReadTrackAsync(id, _base.AddDays(-1), _base.AddDays(1), Cancel);

    private Task<AircraftSnapshot> SnapshotAsync(string id) =>
        api.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAircraftGrain>(id).GetSnapshot();
}

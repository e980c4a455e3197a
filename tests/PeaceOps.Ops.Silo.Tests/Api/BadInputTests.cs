using System.Net;
using System.Net.Http.Json;
using System.Text;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>Bad input is answered 400/404/413 with problem details naming the field, never a 500, and nothing is written.</summary>
public sealed class BadInputTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Now => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> Send(string user, HttpMethod method, string path, string json)
    {
        using var client = await api.ClientAsync(user);
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Cancel);
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":\"abc\",\"lon\":1}]", "[0].lat")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":NaN,\"lon\":1}]", "body")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":\"NaN\",\"lon\":1}]", "[0].lat")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":123,\"lon\":1}]", "[0].lat")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":1,\"lon\":-181}]", "[0].lon")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lon\":1}]", "[0].lat")]
    [InlineData("[{\"at\":\"NOW\",\"lat\":1,\"lon\":1}]", "[0].reportId")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"2099-01-01T00:00:00Z\",\"lat\":1,\"lon\":1}]", "[0].at")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"2026-01-01T00:00:00\",\"lat\":1,\"lon\":1}]", "[0].at")]
    [InlineData("[{\"reportId\":\"r1\",\"at\":\"NOW\",\"lat\":1,\"lon\":1,\"speedKts\":2000}]", "[0].speedKts")]
    [InlineData("[]", "body")]
    public async Task A_bad_position_batch_is_a_400_naming_the_field(string json, string field)
    {
        using var response = await Send("admin", HttpMethod.Post, "/api/v1/aircraft/ghost-1/positions", json.Replace("NOW", Now, StringComparison.Ordinal));

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Fields.Should().Contain(f => f.Contains(field, StringComparison.OrdinalIgnoreCase) || field == "body");
    }

    [Fact]
    public async Task Positions_for_an_unknown_aircraft_are_a_404()
    {
        using var response = await Send("admin", HttpMethod.Post, "/api/v1/aircraft/ghost-1/positions", $"[{{\"reportId\":\"r1\",\"at\":\"{Now}\",\"lat\":1,\"lon\":1}}]");

        (await Problem.ReadAsync(response)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        var huge = "[" + string.Join(",", Enumerable.Repeat($"{{\"reportId\":\"{new string('x', 90)}\",\"at\":\"{Now}\",\"lat\":1,\"lon\":1}}", 12_000)) + "]";

        using var response = await Send("admin", HttpMethod.Post, "/api/v1/aircraft/ghost-1/positions", huge);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_facility_status_is_a_400_naming_status()
    {
        using var response = await Send("medical", HttpMethod.Put, "/api/v1/facilities/ghost/status", "{\"status\":\"sleeping\",\"availableBeds\":1,\"availableOperatingTables\":0}");

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Fields.Should().Contain("status");
    }

    [Fact]
    public async Task A_status_for_an_unknown_facility_is_a_404()
    {
        using var response = await Send("medical", HttpMethod.Put, "/api/v1/facilities/ghost/status", "{\"status\":\"open\",\"availableBeds\":1,\"availableOperatingTables\":0}");

        (await Problem.ReadAsync(response)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unclosed_airspace_polygon_is_a_400_naming_the_ring_and_nothing_is_added()
    {
        const string feature = """
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,2]]]},
             "properties":{"name":"Bad","kind":"prohibited","floorFt":0,"ceilingFt":10000}}
            """;

        using var response = await Send("admin", HttpMethod.Post, "/api/v1/airspace", feature);

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Fields.Should().Contain("geometry.coordinates[0]");
        using var reviewer = await api.ClientAsync("reviewer");
        var picture = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/picture", Cancel);
        picture.GetProperty("airspace").EnumerateArray().Should().NotContain(z => z.GetProperty("name").GetString() == "Bad");
    }

    [Fact]
    public async Task An_airspace_zone_is_added_shown_in_the_picture_and_removed()
    {
        const string feature = """
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,2],[1,1]]]},
             "properties":{"name":"Range 4","kind":"restricted","floorFt":0,"ceilingFt":10000,"clearanceLeadTimeHours":24}}
            """;

        using var created = await Send("admin", HttpMethod.Post, "/api/v1/airspace", feature);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("id").GetString();
        using var reviewer = await api.ClientAsync("reviewer");
        var picture = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/picture", Cancel);
        var zone = picture.GetProperty("airspace").EnumerateArray().Single(z => z.GetProperty("id").GetString() == id);
        using var deleted = await Send("admin", HttpMethod.Delete, $"/api/v1/airspace/{id}", "");
        using var again = await Send("admin", HttpMethod.Delete, $"/api/v1/airspace/{id}", "");

        zone.GetProperty("kind").GetString().Should().Be("restricted");
        zone.GetProperty("geometry").GetProperty("type").GetString().Should().Be("Polygon");
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_incident_without_an_idempotency_key_is_a_400_naming_it()
    {
        using var response = await Send("duty", HttpMethod.Post, "/api/v1/incidents", "{\"nineLine\":{\"pickup\":{\"lat\":12,\"lon\":-1},\"callSign\":\"DUSTOFF 6\",\"patients\":{\"urgent\":1},\"litter\":1}}");

        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Fields.Should().Contain("idempotencyKey");
    }

    [Fact]
    public async Task An_unknown_incident_is_a_404()
    {
        using var client = await api.ClientAsync("reviewer");

        using var response = await client.GetAsync(new Uri("/api/v1/incidents/no-such-incident", UriKind.Relative), Cancel);

        (await Problem.ReadAsync(response)).Status.Should().Be(HttpStatusCode.NotFound);
    }
}

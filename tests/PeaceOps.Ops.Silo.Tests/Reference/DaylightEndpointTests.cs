using System.Net;
using System.Text.Json;

namespace PeaceOps.Ops.Silo.Tests.Reference;

public sealed class DaylightEndpointTests(ReferenceHostFixture host) : IClassFixture<ReferenceHostFixture>
{
    [Fact]
    public async Task Bamako_in_April_gets_rise_set_and_twilights_in_utc_within_two_minutes_of_the_reference()
    {
        // Acceptance reference vector (suncalc): Bamako 2026-04-05.
        var response = await host.Client.GetAsync(new Uri("/api/v1/daylight?lat=12.6392&lon=-8.0029&date=2026-04-05", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = body.RootElement;
        root.GetProperty("date").GetString().Should().Be("2026-04-05");
        root.GetProperty("sunrise").GetString().Should().EndWith("Z");
        DateTimeOffset.Parse(root.GetProperty("sunrise").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.Parse("2026-04-05T06:25:51.103Z", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(2));
        DateTimeOffset.Parse(root.GetProperty("nauticalDusk").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.Parse("2026-04-05T19:29:58.113Z", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Polar_night_gives_null_sunrise_and_sunset()
    {
        var response = await host.Client.GetAsync(new Uri("/api/v1/daylight?lat=78.22&lon=15.63&date=2026-12-21", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        body.RootElement.GetProperty("sunrise").ValueKind.Should().Be(JsonValueKind.Null);
        body.RootElement.GetProperty("sunset").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("lat=91&lon=0&date=2026-04-05", "lat")]
    [InlineData("lat=abc&lon=0&date=2026-04-05", "lat")]
    [InlineData("lon=0&date=2026-04-05", "lat")]
    [InlineData("lat=0&lon=181&date=2026-04-05", "lon")]
    [InlineData("lat=0&lon=NaN&date=2026-04-05", "lon")]
    [InlineData("lat=0&lon=0&date=2026-13-45", "date")]
    [InlineData("lat=0&lon=0&date=05/04/2026", "date")]
    [InlineData("lat=0&lon=0", "date")]
    public async Task Bad_query_values_are_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/v1/daylight?{query}", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssertions.ShouldBeValidationProblemAsync(response, field);
    }
}

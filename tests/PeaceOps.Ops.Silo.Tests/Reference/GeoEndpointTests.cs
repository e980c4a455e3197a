using System.Net.Http.Json;

namespace PeaceOps.Ops.Silo.Tests.Reference;

public sealed class GeoEndpointTests(ReferenceHostFixture host) : IClassFixture<ReferenceHostFixture>
{
    [Theory]
    // Acceptance reference vectors (npm mgrs 2.2.0).
    [InlineData(12.6392, -8.0029, "29PPP0828597442")]
    [InlineData(-4.3217, 15.3125, "33MWR3467522306")]
    public async Task A_position_gets_its_five_digit_reference(double lat, double lon, string expected)
    {
        var body = await host.Client.GetFromJsonAsync<MgrsBody>(
            new Uri(FormattableString.Invariant($"/api/v1/geo/mgrs?lat={lat}&lon={lon}&precision=5"), UriKind.Relative), TestContext.Current.CancellationToken);

        body!.Mgrs.Should().Be(expected);
    }

    [Fact]
    public async Task Precision_defaults_to_five_and_can_be_lower()
    {
        var body = await host.Client.GetFromJsonAsync<MgrsBody>(new Uri("/api/v1/geo/mgrs?lat=12.6392&lon=-8.0029&precision=2", UriKind.Relative), TestContext.Current.CancellationToken);

        body!.Mgrs.Should().Be("29PPP0897");
    }

    [Fact]
    public async Task A_reference_with_spaces_gives_the_south_west_corner_and_its_precision()
    {
        var body = await host.Client.GetFromJsonAsync<LatLonBody>(new Uri("/api/v1/geo/latlon?mgrs=29P%20PP%2008285%2097442", UriKind.Relative), TestContext.Current.CancellationToken);

        body!.Lat.Should().BeApproximately(12.6392, 0.00002);
        body.Lon.Should().BeApproximately(-8.0029, 0.00002);
        body.PrecisionMeters.Should().Be(1);
    }

    [Theory]
    [InlineData("/api/v1/geo/latlon?mgrs=99ZZZ123", "mgrs")]
    [InlineData("/api/v1/geo/latlon?mgrs=30QZD123", "mgrs")]
    [InlineData("/api/v1/geo/latlon", "mgrs")]
    [InlineData("/api/v1/geo/mgrs?lat=85&lon=0", "lat")]
    [InlineData("/api/v1/geo/mgrs?lat=95&lon=0", "lat")]
    [InlineData("/api/v1/geo/mgrs?lat=10&lon=x", "lon")]
    [InlineData("/api/v1/geo/mgrs?lat=10&lon=10&precision=6", "precision")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string path, string field)
    {
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssertions.ShouldBeValidationProblemAsync(response, field);
    }

    private sealed record MgrsBody(string Mgrs);

    private sealed record LatLonBody(double Lat, double Lon, double PrecisionMeters);
}

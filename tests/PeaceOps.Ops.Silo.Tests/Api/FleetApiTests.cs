using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>PUT /api/v1/aircraft/{id}: fixedWing is optional, so helicopter-era clients register helicopters as before.</summary>
public sealed class FleetApiTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Helicopter = "\"callsign\":\"DUSTOFF 11\",\"type\":\"Mi-17\",\"baseId\":\"GAO-AB\",\"baseLat\":16.2484,\"baseLon\":-0.0054,\"cruiseSpeedKmh\":225,\"enduranceMinutes\":210,\"litters\":7";

    [Theory]
    [InlineData("fw-absent", "{" + Helicopter + "}", false)]
    [InlineData("fw-true", "{\"callsign\":\"HERKY 51\",\"type\":\"C-130H\",\"baseId\":\"GAO-AB\",\"baseLat\":16.2484,\"baseLon\":-0.0054,\"cruiseSpeedKmh\":550,\"enduranceMinutes\":600,\"litters\":70,\"fixedWing\":true}", true)]
    public async Task The_fixed_wing_flag_reaches_the_aircraft_and_defaults_to_false(string id, string json, bool fixedWing)
    {
        using var client = await api.ClientAsync("admin");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PutAsync(new Uri($"/api/v1/aircraft/{id}", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var snapshot = await api.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAircraftGrain>(id).GetSnapshot();
        snapshot.Profile.FixedWing.Should().Be(fixedWing);
    }
}

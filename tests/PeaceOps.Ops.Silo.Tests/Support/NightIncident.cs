using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Silo.Tests.Support;

/// <summary>
/// A casualty at local midnight now (the host runs on the real clock), so it is deep night wherever and whenever the
/// test runs, with an NVG aircraft and crew and a night-capable Level II: the only thing between the casualty and a
/// night lift is the mission's night-flight authorisation, which is withdrawn.
/// </summary>
public static class NightIncident
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Where the sun is near its lowest now: local solar midnight, 5°N.</summary>
    public static GeoPoint MidnightNow()
    {
        var lon = 15 * (24 - DateTimeOffset.UtcNow.TimeOfDay.TotalHours);
        return new GeoPoint(5, lon > 180 ? lon - 360 : lon);
    }

    /// <summary>Reports the incident and has the duty officer's screen show its options (recorded in the log); returns its id.</summary>
    public static async Task<string> ScriptAsync(IServiceProvider services, Func<string, Task<HttpClient>> clientAsync, GeoPoint pickup, string suffix = "1")
    {
        ArgumentNullException.ThrowIfNull(clientAsync);
        using var admin = await clientAsync("admin");
        using (var settings = await admin.PutAsJsonAsync("/api/v1/mission/settings", new { nightFlightAuthorized = false }, Cancel))
        {
            settings.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var aircraft = await admin.PutAsJsonAsync($"/api/v1/aircraft/night-{suffix}", new
        {
            callsign = $"NIGHTOWL {suffix}", type = "H145", baseId = $"night-base-{suffix}", baseLat = pickup.Lat + 0.3, baseLon = pickup.Lon,
            nvgCapable = true, crewNvgCurrent = true, cruiseSpeedKmh = 240, enduranceMinutes = 240, litters = 2,
        }, Cancel))
        {
            aircraft.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // No facility endpoint in the API (facilities come from the scenario): registered through its grain, as the scenario does.
        await services.GetRequiredService<IGrainFactory>().GetGrain<IMedicalFacilityGrain>($"night-role2-{suffix}").Register(
            new FacilityProfile($"night-role2-{suffix}", $"Night Role 2 {suffix}", FacilityLevel.LevelII, new GeoPoint(pickup.Lat - 0.4, pickup.Lon), true, true, 20, 2),
            CommandContext.System($"test-night-role2-{suffix}"));

        using var duty = await clientAsync("duty");
        using var created = await duty.PostAsJsonAsync("/api/v1/incidents", NineLineRequest.Body(Guid.NewGuid().ToString(), pickup.Lat, pickup.Lon, security: "N"), Cancel);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;

        // The duty officer's screen asks for the options: that proposes them, and the log records what was shown.
        using var options = await duty.GetAsync($"/api/v1/incidents/{id}/options", Cancel);
        options.StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }
}

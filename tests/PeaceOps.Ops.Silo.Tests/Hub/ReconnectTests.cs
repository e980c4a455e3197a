using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Hub;

/// <summary>
/// A host whose SignalR and connection logs are kept (Trace), so that a failed reconnect test shows what client and server did.
/// </summary>
public sealed class ReconnectHost : ApiHost
{
    public RecordingLoggerProvider Log { get; } = new();

    protected override IEnumerable<string> ExtraArgs =>
        ["--Logging:LogLevel:Microsoft.AspNetCore.SignalR=Trace", "--Logging:LogLevel:Microsoft.AspNetCore.Http.Connections=Trace"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
}

/// <summary>
/// Stateful reconnect over a real network cut: a loopback proxy resets both TCP connections (RST, as a dead path looks, not a
/// WebSocket close), holds the client's reconnect attempt while the picture moves on, then lets it through. The server keeps the
/// connection and its unacknowledged messages; the client resumes the same connection and catches up without a new snapshot.
/// </summary>
public sealed class ReconnectTests(ReconnectHost api) : IClassFixture<ReconnectHost>
{
    private const string Aircraft = "RECON-1";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_whose_connection_drops_ends_with_the_same_picture_as_the_server()
    {
        using var admin = await api.ClientAsync("admin");
        using var registered = await admin.PutAsJsonAsync($"/api/v1/aircraft/{Aircraft}", new
        {
            callsign = Aircraft, type = "Bell 412", baseId = "RECON-BASE", baseLat = 12.6, baseLon = -8.0, nvgCapable = true, crewNvgCurrent = true,
            cruiseSpeedKmh = 230, enduranceMinutes = 180, litters = 4, seats = 6, hoist = false,
        }, Cancel);
        registered.IsSuccessStatusCode.Should().BeTrue();
        await using var proxy = new LoopbackProxy(api.Host.BaseAddress);
        var clientLog = new RecordingLoggerProvider();
        await using var client = await HubClient.ConnectAsync(
            proxy.BaseAddress,
            await api.TokenAsync("reviewer"),
            configure: b => b.Services.AddLogging(l => l.AddProvider(clientLog).SetMinimumLevel(LogLevel.Trace)));
        try
        {
            var closed = false;
            client.Connection.Closed += _ =>
            {
                closed = true;
                return Task.CompletedTask;
            };
            var follower = new PictureFollower(client);
            await follower.UntilAsync(f => f.Snapshots == 1);

            // The network drops; while the client is cut off the picture moves on: settings change, the aircraft reports twice.
            proxy.DropAllAndHold();
            var start = DateTimeOffset.UtcNow;
            await ChangeSettingsAsync(admin, -13.5);
            await ReportAsync(admin, "r1", start, 12.61);
            await ReportAsync(admin, "r2", start.AddSeconds(1), 12.62);
            proxy.Admit();
            await ChangeSettingsAsync(admin, -14.5);
            await follower.UntilAsync(f => f.Settings?.NightSunElevationDeg == -14.5 && f.PositionOf(Aircraft)?.Lat == 12.62);

            using var reviewer = await api.ClientAsync("reviewer");
            using var picture = JsonDocument.Parse(await reviewer.GetStringAsync(new Uri("/api/v1/picture", UriKind.Relative), Cancel));
            var settings = picture.RootElement.GetProperty("settings");
            var position = picture.RootElement.GetProperty("aircraft").EnumerateArray().Single(a => a.GetProperty("id").GetString() == Aircraft).GetProperty("position");
            follower.Settings!.NightSunElevationDeg.Should().Be(settings.GetProperty("nightSunElevationDeg").GetDouble());
            follower.PositionOf(Aircraft)!.Lat.Should().Be(position.GetProperty("lat").GetDouble());
            follower.PositionOf(Aircraft)!.ReportedAt.Should().Be(position.GetProperty("reportedAt").GetDateTimeOffset());
            closed.Should().BeFalse("stateful reconnect resumes the same connection instead of closing it");
            follower.Snapshots.Should().Be(1, "what the client missed is replayed or resynced, not replaced by a new snapshot");
            client.Connection.State.Should().Be(HubConnectionState.Connected);
        }
        finally
        {
            // Shown with a failure only: the reconnect as both sides saw it.
            foreach (var line in clientLog.Lines)
            {
                TestContext.Current.TestOutputHelper?.WriteLine("client " + line);
            }

            foreach (var line in api.Log.Lines)
            {
                TestContext.Current.TestOutputHelper?.WriteLine("server " + line);
            }
        }
    }

    private static async Task ChangeSettingsAsync(HttpClient admin, double nightSunElevationDeg)
    {
        using var response = await admin.PutAsJsonAsync("/api/v1/mission/settings", new { nightFlightAuthorized = true, nightSunElevationDeg }, Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task ReportAsync(HttpClient admin, string reportId, DateTimeOffset at, double lat)
    {
        using var response = await admin.PostAsJsonAsync(
            $"/api/v1/aircraft/{Aircraft}/positions",
            new[] { new { reportId, at = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), lat, lon = -8.0, altitudeM = 300, headingDeg = 0, speedKts = 100 } },
            Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }
}

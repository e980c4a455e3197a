using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.LoadTest;

// dotnet run -c Release --project tests/PeaceOps.Ops.LoadTest -- --url http://127.0.0.1:5080 --aircraft 500 --clients 50 --seconds 30
var settings = LoadSettings.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(30) };
var admin = await LoginAsync("admin");
var reviewer = await LoginAsync("reviewer");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);

var ids = Enumerable.Range(1, settings.Aircraft).Select(i => $"LT-{i:0000}").ToArray();
await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
{
    using var response = await http.PutAsJsonAsync($"/api/v1/aircraft/{id}", new
    {
        callsign = id, type = "Bell 412", baseId = "LT-BASE", baseLat = 12.6, baseLon = -8.0, nvgCapable = true, crewNvgCurrent = true,
        cruiseSpeedKmh = 230, enduranceMinutes = 180, litters = 4, seats = 6, hoist = false,
    }, ct);
    response.EnsureSuccessStatusCode();
});
Console.WriteLine($"Registered {ids.Length} aircraft.");

var latency = new LatencyRecorder();
var disconnects = 0;
var clients = new List<HubConnection>();
for (var c = 0; c < settings.Clients; c++)
{
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(settings.Url, "/hubs/ops"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(reviewer))
        .AddMessagePackProtocol()
        .Build();
    connection.On<ChangesView>("changes", batch =>
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var change in batch.Changes)
        {
            if (change.Kind == "aircraftMoved" && change.Position is { } p && change.AircraftId!.StartsWith("LT-", StringComparison.Ordinal))
            {
                latency.Add((now - p.ReportedAt).TotalMilliseconds);
            }
        }
    });
    connection.On<PictureView>("snapshot", _ => { });
    connection.Closed += _ =>
    {
        Interlocked.Increment(ref disconnects);
        return Task.CompletedTask;
    };
    await connection.StartAsync();
    clients.Add(connection);
}

Console.WriteLine($"Connected {clients.Count} SignalR clients.");

var acknowledged = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
long sent = 0, accepted = 0, failed = 0;
var clock = Stopwatch.StartNew();
for (var second = 0; second < settings.Seconds; second++)
{
    var burst = second > 0 && second % settings.BurstEvery == 0;
    var perAircraft = burst ? Math.Max(1, settings.BurstRate / ids.Length) : 1;
    var started = clock.Elapsed;
    await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 48 }, async (id, ct) =>
    {
        for (var k = 0; k < perAircraft; k++)
        {
            var at = DateTimeOffset.UtcNow;
            var index = Array.IndexOf(ids, id);
            var report = new[]
            {
                new { reportId = $"{id}-{second}-{k}", at, lat = 12.0 + (index % 40) * 0.02 + second * 0.0005, lon = -8.5 + (index / 40) * 0.02, altitudeM = 300, headingDeg = 90, speedKts = 110 },
            };
            Interlocked.Increment(ref sent);
            try
            {
                using var response = await http.PostAsJsonAsync($"/api/v1/aircraft/{id}/positions", report, ct);
                if ((int)response.StatusCode == 202)
                {
                    Interlocked.Increment(ref accepted);
                    acknowledged.AddOrUpdate(id, at, (_, old) => at > old ? at : old);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failed);
            }
        }
    });
    var spent = clock.Elapsed - started;
    if (spent < TimeSpan.FromSeconds(1))
    {
        await Task.Delay(TimeSpan.FromSeconds(1) - spent);
    }
}

var elapsed = clock.Elapsed.TotalSeconds;
await Task.Delay(TimeSpan.FromSeconds(2));

// Lost: an aircraft whose last acknowledged report is not what the picture shows now.
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reviewer);
using var picture = JsonDocument.Parse(await http.GetStringAsync("/api/v1/picture"));
var shown = picture.RootElement.GetProperty("aircraft").EnumerateArray()
    .Where(a => a.GetProperty("id").GetString()!.StartsWith("LT-", StringComparison.Ordinal) && a.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object)
    .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("position").GetProperty("reportedAt").GetDateTimeOffset());
var lost = acknowledged.Count(a => !shown.TryGetValue(a.Key, out var at) || Math.Abs((at - a.Value).TotalMilliseconds) > 1);

var disconnectedDuringRun = Volatile.Read(ref disconnects);
foreach (var connection in clients)
{
    await connection.DisposeAsync();
}

var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"Reports sent {sent}, accepted {accepted}, failed {failed} in {elapsed:F1} s: {accepted / elapsed:F0} reports/s"));
Console.WriteLine(string.Create(culture, $"Report-to-client latency over {latency.Count} deliveries: median {latency.Percentile(50):F0} ms, p95 {latency.Percentile(95):F0} ms, p99 {latency.Percentile(99):F0} ms, max {latency.Percentile(100):F0} ms"));
Console.WriteLine($"Clients disconnected during the run: {disconnectedDuringRun} of {clients.Count}");
Console.WriteLine($"Acknowledged reports lost (last acknowledged position not in the picture): {lost} of {acknowledged.Count} aircraft");
return failed == 0 && lost == 0 && disconnectedDuringRun == 0 ? 0 : 1;

async Task<string> LoginAsync(string user)
{
    using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" });
    response.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    return body.RootElement.GetProperty("accessToken").GetString()!;
}

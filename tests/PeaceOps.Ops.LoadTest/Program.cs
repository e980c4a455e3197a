using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PeaceOps.Ops.LoadTest;

// dotnet tests/PeaceOps.Ops.LoadTest/bin/Release/net10.0/PeaceOps.Ops.LoadTest.dll --url http://127.0.0.1:5080 --aircraft 500 --clients 50 --seconds 30 --burst-every 10 --burst-rate 2000
var settings = LoadSettings.Parse(args);
var culture = CultureInfo.InvariantCulture;

// One connection per post in flight: HTTP/1.1 has no multiplexing, so fewer connections than posts in flight would queue
// posts inside the tool and hide it as server latency.
using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = settings.MaxInFlight,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    UseCookies = false,
})
{ BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(30) };
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

var schedule = ReportSchedule.For(settings);
var clock = new LoadClock();
var sender = new ReportSender(http, clock, ids, settings.MaxInFlight);
await using var watchers = new PictureWatchers(settings.Url, reviewer, clock, sender, settings);
await watchers.ConnectAsync(settings.Clients);
Console.WriteLine($"Connected {watchers.Count} SignalR clients (MessagePack).");

// The schedule starts now: everything before this line (sign-in, registration, connecting) is not timed.
var origin = clock.Elapsed;
schedule = [.. schedule.Select(r => r with { Due = r.Due + origin })];
var measuredFrom = origin + TimeSpan.FromSeconds(settings.Warmup);
var measured = schedule.Count(r => r.Measured);
var bursts = Enumerable.Range(0, settings.Seconds).Where(s => ReportSchedule.IsBurst(settings, s)).ToArray();
Console.WriteLine(string.Create(culture, $"Offered: {measured} reports in {settings.Seconds} s after a {settings.Warmup} s warm-up: {settings.Aircraft}/s, {Math.Max(1, settings.BurstRate / settings.Aircraft) * settings.Aircraft}/s in seconds {string.Join(", ", bursts)}; average {measured / (double)settings.Seconds:F0}/s"));

var toolCpu = Environment.CpuUsage.TotalTime;
await sender.RunAsync(schedule);
toolCpu = Environment.CpuUsage.TotalTime - toolCpu;
var doneAt = clock.Elapsed;
await Task.Delay(TimeSpan.FromSeconds(2));

// Lost: an aircraft whose last acknowledged report is not what the picture shows now.
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reviewer);
using var picture = JsonDocument.Parse(await http.GetStringAsync("/api/v1/picture"));
var shown = picture.RootElement.GetProperty("aircraft").EnumerateArray()
    .Where(a => a.GetProperty("id").GetString()!.StartsWith("LT-", StringComparison.Ordinal) && a.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object)
    .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("position").GetProperty("reportedAt").GetDateTimeOffset());
var lost = sender.Acknowledged.Count(a => !shown.TryGetValue(ids[a.Key], out var at) || Math.Abs((at - a.Value).TotalMilliseconds) > 1);
var disconnected = watchers.Disconnects;

// Achieved: measured posts started per second of the clock, against what the schedule asked for in that second.
var perSecond = Enumerable.Range(0, settings.Seconds).Select(s =>
{
    var second = (int)(measuredFrom.TotalSeconds + s);
    return (Burst: bursts.Contains(s), Started: sender.StartedPerSecond.GetValueOrDefault(second));
}).ToArray();
var baseRates = perSecond.Where(s => !s.Burst).Select(s => s.Started).Order().ToArray();
var burstRates = perSecond.Where(s => s.Burst).Select(s => s.Started).ToArray();
var lastDue = schedule[^1].Due;

Console.WriteLine(string.Create(culture, $"Achieved: {sender.Sent - (schedule.Count - measured)} measured posts started; the last one {(sender.LastStarted - lastDue).TotalMilliseconds:F0} ms after it was due; all answered {(doneAt - lastDue).TotalSeconds:F1} s after the last was due"));
Console.WriteLine(string.Create(culture, $"Achieved posts started per second: base seconds median {(baseRates.Length == 0 ? 0 : baseRates[baseRates.Length / 2])}/s, min {(baseRates.Length == 0 ? 0 : baseRates[0])}/s; burst seconds {string.Join(", ", burstRates.Select(r => r + "/s"))}"));
Console.WriteLine(string.Create(culture, $"Load tool CPU while sending: {toolCpu.TotalSeconds:F1} s over {(doneAt - origin).TotalSeconds:F1} s ({Environment.ProcessorCount} cores)"));
Console.WriteLine($"Post start lag behind schedule: {sender.StartLag.Summary()}");
Console.WriteLine($"Post round trip (start to 202): {sender.RoundTrip.Summary()}");
Console.WriteLine(string.Create(culture, $"Reports sent {sender.Sent} (incl. warm-up), accepted {sender.Accepted}, failed {sender.Failed}"));
Console.WriteLine($"Report-to-client latency from due time (report's at): {watchers.FromDue.Summary()}");
Console.WriteLine($"  from due time, due in base seconds: {watchers.FromDueBaseSeconds.Summary()}");
Console.WriteLine($"  from due time, due in a burst second or the second after: {watchers.FromDueAroundBursts.Summary()}");
Console.WriteLine($"Report-to-client latency from post start: {watchers.FromSent.Summary()}");
Console.WriteLine($"Measured reports shown to client 1: {watchers.ShownToFirst} of {measured} (the rest coalesced by the 2/s-per-aircraft throttle)");
Console.WriteLine($"Sequence gaps seen by clients: {watchers.Gaps}");
Console.WriteLine($"Clients disconnected during the run: {disconnected} of {watchers.Count}");
Console.WriteLine($"Acknowledged reports lost (last acknowledged position not in the picture): {lost} of {sender.Acknowledged.Count} aircraft");
return sender.Failed == 0 && lost == 0 && disconnected == 0 ? 0 : 1;

async Task<string> LoginAsync(string user)
{
    using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" });
    response.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    return body.RootElement.GetProperty("accessToken").GetString()!;
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PeaceOps.Ops.LoadTest;

// dotnet tests/PeaceOps.Ops.LoadTest/bin/Release/net10.0/PeaceOps.Ops.LoadTest.dll --url http://127.0.0.1:5080 --aircraft 500 --clients 50 --seconds 30 --burst-every 10 --burst-rate 2000 [--burst-batch 2]
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
Histogram toolPoolLag;
var clock = new LoadClock();
var sender = new ReportSender(http, clock, ids, settings.MaxInFlight);
await using var watchers = new PictureWatchers(settings.Url, reviewer, clock, sender, settings);
await watchers.ConnectAsync(settings.Clients);
Console.WriteLine($"Connected {watchers.Count} SignalR clients (MessagePack).");

// The schedule starts now: everything before this line (sign-in, registration, connecting) is not timed.
var origin = clock.Elapsed;
schedule = [.. schedule.Select(r => r with { Generated = [.. r.Generated.Select(g => g + origin)] })];
var measuredFrom = origin + TimeSpan.FromSeconds(settings.Warmup);
sender.MeasuredFrom = measuredFrom;
watchers.MeasuredFrom = measuredFrom;
watchers.Expect(schedule, settings.Aircraft);
var measured = schedule.Where(r => r.Measured).Sum(r => r.Generated.Count);
var measuredPosts = schedule.Count(r => r.Measured);
var bursts = Enumerable.Range(0, settings.Seconds).Where(s => ReportSchedule.IsBurst(settings, s)).ToArray();
var burstPerSecond = Math.Max(1, settings.BurstRate / settings.Aircraft) * settings.Aircraft;
var warmupBurst = Enumerable.Range(0, settings.Warmup).Where(s => ReportSchedule.IsWarmupBurst(settings, s)).Select(s => $", {burstPerSecond}/s in its second {s + 1}").FirstOrDefault() ?? string.Empty;
Console.WriteLine(string.Create(culture, $"Warm-up (not measured): {settings.Warmup} s at {settings.Aircraft}/s{warmupBurst}"));
Console.WriteLine(string.Create(culture, $"Offered (measured): {measured} reports in {measuredPosts} posts in {settings.Seconds} s: {settings.Aircraft}/s, {burstPerSecond}/s in seconds {string.Join(", ", bursts.Select(b => b + 1))}; average {measured / (double)settings.Seconds:F0}/s"));
Console.WriteLine(settings.BurstBatch == 1
    ? "Burst reports: one post per report"
    : string.Create(culture, $"Burst reports: {settings.BurstBatch} per post (posted when the newest is generated; latency counted from each report's own generation time)"));

var loadBefore = LoadAverage();
var toolCpu = Environment.CpuUsage.TotalTime;
var toolGcPause = GC.GetTotalPauseDuration();
var toolGcs = GC.CollectionCount(0);
using (var poolLag = new PoolLagMonitor(clock))
{
    await sender.RunAsync(schedule);
    toolPoolLag = poolLag.Lag;
}

toolCpu = Environment.CpuUsage.TotalTime - toolCpu;
toolGcPause = GC.GetTotalPauseDuration() - toolGcPause;
toolGcs = GC.CollectionCount(0) - toolGcs;
var doneAt = clock.Elapsed;
var loadAfter = LoadAverage();
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
    return (Burst: bursts.Contains(s), Started: sender.StartedPerSecond.GetValueOrDefault(s));
}).ToArray();
var baseRates = perSecond.Where(s => !s.Burst).Select(s => s.Started).Order().ToArray();
var burstRates = perSecond.Where(s => s.Burst).Select(s => s.Started).ToArray();
var lastDue = schedule[^1].Due;

Console.WriteLine(string.Create(culture, $"Achieved: {sender.Sent - (schedule.Sum(r => r.Generated.Count) - measured)} measured reports posted; the last one {(sender.LastStarted - lastDue).TotalMilliseconds:F0} ms after it was due; all answered {(doneAt - lastDue).TotalSeconds:F1} s after the last was due"));
Console.WriteLine(string.Create(culture, $"Achieved reports posted per second: base seconds median {(baseRates.Length == 0 ? 0 : baseRates[baseRates.Length / 2])}/s, min {(baseRates.Length == 0 ? 0 : baseRates[0])}/s; burst seconds {string.Join(", ", burstRates.Select(r => r + "/s"))}"));
Console.WriteLine($"Machine load average (1, 5, 15 min) before sending: {loadBefore}; after: {loadAfter}");
Console.WriteLine(string.Create(culture, $"Load tool CPU while sending: {toolCpu.TotalSeconds:F1} s over {(doneAt - origin).TotalSeconds:F1} s ({Environment.ProcessorCount} cores); tool GC: {toolGcs} collections, {toolGcPause.TotalMilliseconds:F0} ms paused"));
Console.WriteLine($"Load tool's own thread-pool start delay (sampled every 10 ms; receive timestamps are taken on the pool): {toolPoolLag.Summary()}");
Console.WriteLine($"Post start lag behind schedule: {sender.StartLag.Summary()}; posts that waited for a free connection: {sender.WaitedForSlot}");
Console.WriteLine($"Post round trip (start to 202): {sender.RoundTrip.Summary()}");
Console.WriteLine(string.Create(culture, $"Reports sent {sender.Sent} in {sender.Posts} posts (incl. warm-up), accepted {sender.Accepted}, failed {sender.Failed}"));
Console.WriteLine($"Warm-up report-to-client latency from due time (not part of the figures below): {watchers.WarmupFromDue.Summary()}");
Console.WriteLine("Per warm-up second (by due time; a fresh silo's cold start): latency from due p50/p99/max (ms):");
for (var s = 0; s < settings.Warmup; s++)
{
    var due = watchers.WarmupFromDueBySecond[s];
    Console.WriteLine(string.Create(culture, $"  w{s + 1,-3}{(ReportSchedule.IsWarmupBurst(settings, s) ? " burst" : "      ")} due {due.Percentile(50),6:F0} {due.Percentile(99),6:F0} {due.MaxMs,6:F0}"));
}

// The cold start in one figure: from which warm-up second on every second's p99 stayed under the target's 500 ms.
var lastColdSecond = Enumerable.Range(0, settings.Warmup).LastOrDefault(s => watchers.WarmupFromDueBySecond[s].Percentile(99) >= 500, -1);
Console.WriteLine(lastColdSecond < 0
    ? "Cold start: every warm-up second's p99 from due was under 500 ms"
    : lastColdSecond == settings.Warmup - 1
        ? "Cold start: the last warm-up second's p99 from due was still 500 ms or more (the measured seconds start on a silo that has not caught up)"
        : string.Create(culture, $"Cold start: p99 from due under 500 ms in every second from warm-up second {lastColdSecond + 2} on"));
Console.WriteLine($"Report-to-client latency from due time (report's at): {watchers.FromDue.Summary()}");
Console.WriteLine($"  from due time, due in base seconds: {watchers.FromDueBaseSeconds.Summary()}");
Console.WriteLine($"  from due time, due in a burst second or the second after: {watchers.FromDueAroundBursts.Summary()}");
Console.WriteLine($"Every measured report until client 1 shows it or a newer position (batching and throttle waits included): {watchers.Freshness.Summary()}");
Console.WriteLine($"  of which generated in a burst second or the second after: {watchers.FreshnessAroundBursts.Summary()}; never covered: {watchers.NeverCovered}");
Console.WriteLine($"Report-to-client latency from post start: {watchers.FromSent.Summary()}");
Console.WriteLine($"  of which post start to published by the aircraft grain (HTTP, grain, position log commit): {watchers.SentToPublished.Summary()}");
Console.WriteLine($"  of which published to client receipt (picture grain batching, relay, throttle, SignalR, client): {watchers.FromPublished.Summary()}");
Console.WriteLine("Per measured second (by due time): reports posted; latency from due p50/p99/max; published-to-client p99/max (ms):");
for (var s = 0; s < settings.Seconds; s++)
{
    var due = watchers.FromDueBySecond[s];
    var fanOut = watchers.FromPublishedBySecond[s];
    Console.WriteLine(string.Create(culture, $"  s{s + 1,-3}{(bursts.Contains(s) ? " burst" : "      ")} started {perSecond[s].Started,5}  due {due.Percentile(50),6:F0} {due.Percentile(99),6:F0} {due.MaxMs,6:F0}   published {fanOut.Percentile(99),6:F0} {fanOut.MaxMs,6:F0}"));
}

Console.WriteLine($"Measured reports shown to client 1: {watchers.ShownToFirst} of {measured} (the rest coalesced: by the 2/s-per-aircraft throttle, and in a batch the grain publishes only the newest)");
Console.WriteLine($"Sequence gaps seen by clients: {watchers.Gaps}");
Console.WriteLine($"Clients disconnected during the run: {disconnected} of {watchers.Count}");
Console.WriteLine($"Acknowledged reports lost (last acknowledged position not in the picture): {lost} of {sender.Acknowledged.Count} aircraft");
return sender.Failed == 0 && lost == 0 && disconnected == 0 ? 0 : 1;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

async Task<string> LoginAsync(string user)
{
    using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" });
    response.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    return body.RootElement.GetProperty("accessToken").GetString()!;
}

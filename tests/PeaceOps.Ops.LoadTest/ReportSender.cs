using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// Posts the schedule to <c>POST /api/v1/aircraft/{id}/positions</c> on time: one dispatcher starts each post when it is due
/// and never waits for an answer (a slow server cannot slow the offered load down, it only fills the in-flight slots).
/// A report's <c>at</c> is its due time, so latency measured from <c>at</c> includes any lateness of the tool itself;
/// how late each post actually started is recorded separately.
/// </summary>
public sealed class ReportSender(HttpClient http, LoadClock clock, IReadOnlyList<string> ids, int maxInFlight)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
    private readonly string[] _paths = [.. ids.Select(id => $"/api/v1/aircraft/{id}/positions")];

    // Report ids are unique per run: the server ignores a report id it has seen (idempotent retries), so a second run
    // against the same silo would otherwise be acknowledged and dropped, and counted as lost.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _sent;
    private long _accepted;
    private long _failed;

    /// <summary>How late each measured post started against its due time.</summary>
    public Histogram StartLag { get; } = new();

    /// <summary>Post started → 202 received.</summary>
    public Histogram RoundTrip { get; } = new();

    /// <summary>Measured reports by (aircraft, <c>at</c> in µs): when their post started, for latency from the send.</summary>
    public ConcurrentDictionary<(int Aircraft, long AtMicros), TimeSpan> SentAt { get; } = new();

    /// <summary>Each aircraft's newest acknowledged <c>at</c>.</summary>
    public ConcurrentDictionary<int, DateTimeOffset> Acknowledged { get; } = new();

    /// <summary>Measured posts started in each second of the run (by the clock, not the schedule).</summary>
    public ConcurrentDictionary<int, int> StartedPerSecond { get; } = new();

    public long Sent => Interlocked.Read(ref _sent);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Failed => Interlocked.Read(ref _failed);

    public TimeSpan LastStarted { get; private set; }

    public static long Micros(DateTimeOffset at) => at.UtcTicks / 10;

    public async Task RunAsync(IReadOnlyList<ScheduledReport> schedule)
    {
        var posts = new List<Task>(schedule.Count);
        foreach (var report in schedule)
        {
            var wait = report.Due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                // Timers are ~1 ms coarse: a report is never sent early, at worst a millisecond or two late (and that shows in StartLag).
                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait);
            }

            await _slots.WaitAsync();
            posts.Add(PostAsync(report));
        }

        await Task.WhenAll(posts);
    }

    private async Task PostAsync(ScheduledReport report)
    {
        try
        {
            var at = clock.At(report.Due);
            var started = clock.Elapsed;
            LastStarted = started;
            if (report.Measured)
            {
                StartLag.Add(started - report.Due);
                SentAt[(report.Aircraft, Micros(at))] = started;
                StartedPerSecond.AddOrUpdate((int)started.TotalSeconds, 1, (_, n) => n + 1);
            }

            Interlocked.Increment(ref _sent);
            using var content = new ByteArrayContent(Body(report, at));
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(_paths[report.Aircraft], content);
            if ((int)response.StatusCode == 202)
            {
                RoundTrip.Add(clock.Elapsed - started);
                Interlocked.Increment(ref _accepted);
                Acknowledged.AddOrUpdate(report.Aircraft, at, (_, old) => at > old ? at : old);
            }
            else
            {
                Interlocked.Increment(ref _failed);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failed);
        }
        finally
        {
            _slots.Release();
        }
    }

    private byte[] Body(ScheduledReport report, DateTimeOffset at)
    {
        // Each aircraft in its own 2 km cell, creeping north ~5 m a report: plausible for any speed check.
        var lat = 12.0 + (report.Aircraft % 40) * 0.02 + report.Number * 0.00005;
        var lon = -8.5 + (report.Aircraft / 40) * 0.02;
        return System.Text.Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"[{{\"reportId\":\"{ids[report.Aircraft]}-{_run}-{report.Number}\",\"at\":\"{at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}\",\"lat\":{lat:F6},\"lon\":{lon:F6},\"altitudeM\":300,\"headingDeg\":0,\"speedKts\":110}}]"));
    }
}

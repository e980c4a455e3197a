using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// Posts the schedule to <c>POST /api/v1/aircraft/{id}/positions</c> on time: one dispatcher thread starts each post when it
/// is due and never waits for an answer (a slow server cannot slow the offered load down, it only fills the in-flight slots).
/// A report's <c>at</c> is when it was generated (a post is due with its newest report), so latency measured from <c>at</c>
/// includes any batching wait and any lateness of the tool itself;
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
    private long _posts;
    private long _sent;
    private long _accepted;
    private long _failed;
    private long _waitedForSlot;

    /// <summary>How late each measured post started against its due time.</summary>
    public Histogram StartLag { get; } = new();

    /// <summary>Post started → 202 received.</summary>
    public Histogram RoundTrip { get; } = new();

    /// <summary>Reports (warm-up included) by (aircraft, <c>at</c> in µs): when their post started, for latency from the send.</summary>
    public ConcurrentDictionary<(int Aircraft, long AtMicros), TimeSpan> SentAt { get; } = new();

    /// <summary>Each aircraft's newest acknowledged <c>at</c>.</summary>
    public ConcurrentDictionary<int, DateTimeOffset> Acknowledged { get; } = new();

    /// <summary>
    /// Measured reports whose post started in each second of the run, counted by when they started, in seconds from
    /// <see cref="MeasuredFrom"/> (so a burst second is counted whole, not split across two seconds of the clock).
    /// </summary>
    public ConcurrentDictionary<int, int> StartedPerSecond { get; } = new();

    /// <summary>When the first measured second begins on the clock.</summary>
    public TimeSpan MeasuredFrom { get; set; }

    /// <summary>Reports sent (a post carries one or, in a batched burst, several).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    public long Posts => Interlocked.Read(ref _posts);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Failed => Interlocked.Read(ref _failed);

    public TimeSpan LastStarted { get; private set; }

    public static long Micros(DateTimeOffset at) => at.UtcTicks / 10;

    /// <summary>Posts that found every connection busy and waited for one (their wait shows in <see cref="StartLag"/>).</summary>
    public long WaitedForSlot => Interlocked.Read(ref _waitedForSlot);

    /// <summary>
    /// Starts every post when it is due. The dispatcher is a dedicated thread that sleeps until the next report is due and
    /// hands each due post to the thread pool: it never runs a post's synchronous part itself and never waits for a free
    /// connection, so neither can hold back the reports due after it. Thread.Sleep(1) is ~1.1 ms here: a post starts at
    /// worst about a millisecond late, never early.
    /// </summary>
    public Task RunAsync(IReadOnlyList<ScheduledReport> schedule)
    {
        var posts = new Task[schedule.Count];
        var dispatched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatcher = new Thread(() =>
        {
            try
            {
                for (var i = 0; i < schedule.Count; i++)
                {
                    var report = schedule[i];
                    var wait = report.Due - clock.Elapsed;
                    while (wait > TimeSpan.Zero)
                    {
                        Thread.Sleep(wait > TimeSpan.FromMilliseconds(2) ? wait - TimeSpan.FromMilliseconds(1) : TimeSpan.FromMilliseconds(1));
                        wait = report.Due - clock.Elapsed;
                    }

                    posts[i] = Task.Run(() => PostAsync(report));
                }

                dispatched.SetResult();
            }
            catch (Exception ex)
            {
                dispatched.SetException(ex);
            }
        })
        { IsBackground = true, Name = "report dispatcher", Priority = ThreadPriority.AboveNormal };
        dispatcher.Start();
        return WhenDoneAsync();

        async Task WhenDoneAsync()
        {
            await dispatched.Task;
            await Task.WhenAll(posts);
        }
    }

    private async Task PostAsync(ScheduledReport report)
    {
        if (!_slots.Wait(0))
        {
            Interlocked.Increment(ref _waitedForSlot);
            await _slots.WaitAsync();
        }

        try
        {
            var started = clock.Elapsed;
            LastStarted = started;
            var at = new DateTimeOffset[report.Generated.Count];
            for (var j = 0; j < at.Length; j++)
            {
                at[j] = clock.At(report.Generated[j]);
                SentAt[(report.Aircraft, Micros(at[j]))] = started;
            }

            if (report.Measured)
            {
                StartLag.Add(started - report.Due);
                StartedPerSecond.AddOrUpdate((int)Math.Floor((started - MeasuredFrom).TotalSeconds), at.Length, (_, n) => n + at.Length);
            }

            Interlocked.Increment(ref _posts);
            Interlocked.Add(ref _sent, at.Length);
            using var content = new ByteArrayContent(Body(report, at));
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(_paths[report.Aircraft], content);
            if ((int)response.StatusCode == 202)
            {
                RoundTrip.Add(clock.Elapsed - started);
                Interlocked.Add(ref _accepted, at.Length);
                var newest = at[^1];
                Acknowledged.AddOrUpdate(report.Aircraft, newest, (_, old) => newest > old ? newest : old);
            }
            else
            {
                Interlocked.Add(ref _failed, at.Length);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Add(ref _failed, report.Generated.Count);
        }
        finally
        {
            _slots.Release();
        }
    }

    private byte[] Body(ScheduledReport report, DateTimeOffset[] at)
    {
        // Each aircraft in its own 2 km cell, creeping north ~5 m a report: plausible for any speed check.
        var json = new System.Text.StringBuilder("[");
        for (var j = 0; j < at.Length; j++)
        {
            var number = report.FirstNumber + j;
            var lat = 12.0 + (report.Aircraft % 40) * 0.02 + number * 0.00005;
            var lon = -8.5 + (report.Aircraft / 40) * 0.02;
            json.Append(CultureInfo.InvariantCulture, $"{(j == 0 ? "" : ",")}{{\"reportId\":\"{ids[report.Aircraft]}-{_run}-{number}\",\"at\":\"{at[j].UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}\",\"lat\":{lat:F6},\"lon\":{lon:F6},\"altitudeM\":300,\"headingDeg\":0,\"speedKts\":110}}");
        }

        return System.Text.Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }
}

using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// The SignalR clients (MessagePack, as the dashboard's heavy users would connect): each one records, for every measured
/// position it is shown, the time since the report was due and since its post started; it counts sequence gaps and
/// disconnects. Handlers only read a clock and bump counters, so 50 clients cost the tool little CPU.
/// </summary>
public sealed class PictureWatchers(Uri url, string token, LoadClock clock, ReportSender sender, LoadSettings settings) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly HashSet<(int, long)> _shownToFirst = [];

    // Per aircraft: its measured reports' generation times (clock elapsed and µs of `at`), oldest first, and how many of
    // them client 1 has been shown, itself or a newer one.
    private TimeSpan[][] _generated = [];
    private long[][] _generatedMicros = [];
    private int[] _covered = [];
    private int _disconnects;
    private long _gaps;

    public Histogram FromDue { get; } = new();

    public Histogram FromSent { get; } = new();

    /// <summary>Latency from due time of the warm-up's reports: reported, never part of the measured figures.</summary>
    public Histogram WarmupFromDue { get; } = new();

    /// <summary>
    /// <see cref="FromDue"/> split by when the report was due: in a burst second or the one after it (positions held back
    /// by the 2/s-per-aircraft throttle trail into it), or in a base second. Tells the throttle's share of the tail apart.
    /// </summary>
    public Histogram FromDueAroundBursts { get; } = new();

    public Histogram FromDueBaseSeconds { get; } = new();

    /// <summary>
    /// The change's <c>at</c> (stamped by the aircraft grain when it published the position, after the position log commit)
    /// to the client's receipt: the fan-out alone (picture grain batching, host observer, relay, SignalR, the client).
    /// Server and tool read the same system clock, so the split is good to well under a millisecond.
    /// </summary>
    public Histogram FromPublished { get; } = new();

    /// <summary>Post start to the grain's publish: HTTP, the aircraft grain and the position log's group commit.</summary>
    public Histogram SentToPublished { get; } = new();

    /// <summary>Per measured second (by due time): latency from due, and the fan-out part, in 1 ms buckets.</summary>
    public Histogram[] FromDueBySecond { get; } = [.. Enumerable.Range(0, settings.Seconds).Select(_ => new Histogram(1, 10_001))];

    public Histogram[] FromPublishedBySecond { get; } = [.. Enumerable.Range(0, settings.Seconds).Select(_ => new Histogram(1, 10_001))];

    /// <summary>Per warm-up second (by due time): latency from due, so a fresh silo's cold start can be read second by second.</summary>
    public Histogram[] WarmupFromDueBySecond { get; } = [.. Enumerable.Range(0, settings.Warmup).Select(_ => new Histogram(1, 10_001))];

    /// <summary>
    /// When the first measured second begins on the clock. Seconds are counted from here: the schedule starts when the
    /// clients are connected, not on a whole second of the clock (counting from the clock's origin put burst reports in the
    /// wrong second).
    /// </summary>
    public TimeSpan MeasuredFrom { get; set; }

    /// <summary>
    /// Every measured report, shown or not: from its generation until client 1 is shown it or a newer position of its
    /// aircraft. A report coalesced away (by a batch, whose newest report the grain publishes, or by the throttle) counts the
    /// wait for the newer one, so batching cannot hide a delay here.
    /// </summary>
    public Histogram Freshness { get; } = new();

    /// <summary><see cref="Freshness"/> of the reports generated in a burst second or the second after.</summary>
    public Histogram FreshnessAroundBursts { get; } = new();

    /// <summary>Measured reports that client 1 was never shown, neither themselves nor a newer position (should be 0).</summary>
    public int NeverCovered => _covered.Select((n, a) => _generated[a].Length - n).Sum();

    public int Count => _connections.Count;

    /// <summary>The measured reports, for <see cref="Freshness"/> (generation times already shifted to the clock).</summary>
    public void Expect(IReadOnlyList<ScheduledReport> schedule, int aircraft)
    {
        var byAircraft = Enumerable.Range(0, aircraft).Select(_ => new List<TimeSpan>()).ToArray();
        foreach (var post in schedule.Where(p => p.Measured))
        {
            byAircraft[post.Aircraft].AddRange(post.Generated);
        }

        _generated = [.. byAircraft.Select(g => g.Order().ToArray())];
        _generatedMicros = [.. _generated.Select(g => g.Select(t => ReportSender.Micros(clock.At(t))).ToArray())];
        _covered = new int[aircraft];
    }

    public int Disconnects => Volatile.Read(ref _disconnects);

    public long Gaps => Interlocked.Read(ref _gaps);

    /// <summary>Measured reports the first client was shown (the rest were coalesced away by the 2/s-per-aircraft throttle).</summary>
    public int ShownToFirst
    {
        get
        {
            lock (_shownToFirst)
            {
                return _shownToFirst.Count;
            }
        }
    }

    public async Task ConnectAsync(int clients)
    {
        for (var c = 0; c < clients; c++)
        {
            var first = c == 0;
            var last = -1L;
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/ops"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .AddMessagePackProtocol()
                .Build();
            connection.On<PictureView>("snapshot", picture => Volatile.Write(ref last, picture.Sequence));
            connection.On<ChangesView>("changes", batch => OnChanges(batch, first, ref last));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref _disconnects);
                return Task.CompletedTask;
            };
            await connection.StartAsync();
            _connections.Add(connection);
        }
    }

    private void OnChanges(ChangesView batch, bool first, ref long last)
    {
        var now = clock.Elapsed;
        if (last >= 0 && batch.FromSequence > last + 1)
        {
            Interlocked.Increment(ref _gaps);
        }

        last = Math.Max(last, batch.ToSequence);
        foreach (var change in batch.Changes)
        {
            if (change.Kind != "aircraftMoved" || change.Position is not { } position || change.AircraftId is not { } id || !id.StartsWith("LT-", StringComparison.Ordinal))
            {
                continue;
            }

            var key = (int.Parse(id.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1, ReportSender.Micros(position.ReportedAt));
            if (!sender.SentAt.TryGetValue(key, out var sentAt))
            {
                continue;
            }

            var due = clock.ElapsedAt(position.ReportedAt);
            var second = (int)Math.Floor((due - MeasuredFrom).TotalSeconds);
            if (second < 0)
            {
                WarmupFromDue.Add(now - due);
                var warmupSecond = second + settings.Warmup;
                if (warmupSecond >= 0)
                {
                    WarmupFromDueBySecond[warmupSecond].Add(now - due);
                }

                continue;
            }

            FromDue.Add(now - due);
            (ReportSchedule.IsBurst(settings, second) || ReportSchedule.IsBurst(settings, second - 1) ? FromDueAroundBursts : FromDueBaseSeconds).Add(now - due);
            FromSent.Add(now - sentAt);
            var published = clock.ElapsedAt(change.At);
            FromPublished.Add(now - published);
            SentToPublished.Add(published - sentAt);
            if (second >= 0 && second < FromDueBySecond.Length)
            {
                FromDueBySecond[second].Add(now - due);
                FromPublishedBySecond[second].Add(now - published);
            }
            if (first)
            {
                lock (_shownToFirst)
                {
                    _shownToFirst.Add(key);
                }
            }
        }

        if (first)
        {
            Cover(batch, now);
        }
    }

    private void Cover(ChangesView batch, TimeSpan now)
    {
        foreach (var change in batch.Changes)
        {
            if (change.Kind != "aircraftMoved" || change.Position is not { } position || change.AircraftId is not { } id || !id.StartsWith("LT-", StringComparison.Ordinal))
            {
                continue;
            }

            var aircraft = int.Parse(id.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (aircraft < 0 || aircraft >= _covered.Length)
            {
                continue;
            }

            var shownMicros = ReportSender.Micros(position.ReportedAt);
            var generated = _generated[aircraft];
            var micros = _generatedMicros[aircraft];
            lock (generated)
            {
                for (; _covered[aircraft] < generated.Length && micros[_covered[aircraft]] <= shownMicros; _covered[aircraft]++)
                {
                    var at = generated[_covered[aircraft]];
                    Freshness.Add(now - at);
                    var second = (int)Math.Floor((at - MeasuredFrom).TotalSeconds);
                    if (ReportSchedule.IsBurst(settings, second) || ReportSchedule.IsBurst(settings, second - 1))
                    {
                        FreshnessAroundBursts.Add(now - at);
                    }
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// When every report is generated and posted. Each aircraft reports once a second, the aircraft spread evenly over the second
/// (a real fleet's trackers are not synchronised); in a burst second each aircraft generates <c>burstRate / aircraft</c>
/// reports, evenly spaced, and posts them <c>--burst-batch</c> at a time (1: one post per report; 2: every second report
/// posts itself and the one before it, as a tracker that buffers during a burst would). Warm-up seconds come first and are
/// not measured: the base rate, except that with three or more warm-up seconds the third is a burst second, so that the
/// first measured burst does not pay for what any first burst pays for (the tool opening more HTTP connections, the server
/// accepting them and compiling the code paths that only a burst takes). The warm-up burst comes early so that its backlog
/// has drained before the measured seconds begin: on a fresh silo that first burst is answered in up to 1-3 s and takes
/// 5-7 s to drain (27 Nov runs, docs/performance/api.md); when it sat in the warm-up's third-last second, the first measured
/// seconds were still queued behind it and set the measured p99. How long a fresh silo takes to get there is printed per
/// warm-up second, so the cold start stays visible.
/// </summary>
public static class ReportSchedule
{
    public static IReadOnlyList<ScheduledReport> For(LoadSettings settings)
    {
        var posts = new List<ScheduledReport>();
        var number = new int[settings.Aircraft];
        for (var second = 0; second < settings.Warmup + settings.Seconds; second++)
        {
            var measured = second >= settings.Warmup;
            var burst = measured ? IsBurst(settings, second - settings.Warmup) : IsWarmupBurst(settings, second);
            var perAircraft = burst ? Math.Max(1, settings.BurstRate / settings.Aircraft) : 1;
            var batch = burst ? settings.BurstBatch : 1;
            for (var a = 0; a < settings.Aircraft; a++)
            {
                for (var k = 0; k < perAircraft; k += batch)
                {
                    var generated = Enumerable.Range(k, Math.Min(batch, perAircraft - k))
                        .Select(j => TimeSpan.FromSeconds(second + ((j + (double)a / settings.Aircraft) / perAircraft)))
                        .ToArray();
                    posts.Add(new ScheduledReport(a, number[a], generated, measured));
                    number[a] += generated.Length;
                }
            }
        }

        posts.Sort((x, y) => x.Due.CompareTo(y.Due));
        return posts;
    }

    /// <summary>Whether warm-up second <paramref name="second"/> (from 0) is the warm-up's burst.</summary>
    public static bool IsWarmupBurst(LoadSettings settings, int second) => settings.Warmup >= 3 && second == 2;

    public static bool IsBurst(LoadSettings settings, int measuredSecond) => measuredSecond > 0 && measuredSecond % settings.BurstEvery == 0;
}

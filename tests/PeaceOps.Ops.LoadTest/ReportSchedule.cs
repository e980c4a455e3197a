namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// When every report is due. Each aircraft reports once a second, the aircraft spread evenly over the second (a real fleet's
/// trackers are not synchronised); in a burst second each aircraft reports <c>burstRate / aircraft</c> times, evenly spaced.
/// Warm-up seconds come first and are not measured: the base rate, except that with three or more warm-up seconds the
/// third-last is a burst second, so that the first measured burst does not pay for what any first burst pays for (the tool
/// opening more HTTP connections, the server accepting them and compiling the code paths that only a burst takes).
/// </summary>
public static class ReportSchedule
{
    public static IReadOnlyList<ScheduledReport> For(LoadSettings settings)
    {
        var reports = new List<ScheduledReport>();
        var number = new int[settings.Aircraft];
        for (var second = 0; second < settings.Warmup + settings.Seconds; second++)
        {
            var measured = second >= settings.Warmup;
            var burst = measured ? IsBurst(settings, second - settings.Warmup) : IsWarmupBurst(settings, second);
            var perAircraft = burst ? Math.Max(1, settings.BurstRate / settings.Aircraft) : 1;
            for (var k = 0; k < perAircraft; k++)
            {
                for (var a = 0; a < settings.Aircraft; a++)
                {
                    var offset = (k + (double)a / settings.Aircraft) / perAircraft;
                    reports.Add(new ScheduledReport(a, number[a]++, TimeSpan.FromSeconds(second + offset), measured));
                }
            }
        }

        reports.Sort((x, y) => x.Due.CompareTo(y.Due));
        return reports;
    }

    /// <summary>Whether warm-up second <paramref name="second"/> (from 0) is the warm-up's burst.</summary>
    public static bool IsWarmupBurst(LoadSettings settings, int second) => settings.Warmup >= 3 && second == settings.Warmup - 3;

    public static bool IsBurst(LoadSettings settings, int measuredSecond) => measuredSecond > 0 && measuredSecond % settings.BurstEvery == 0;
}

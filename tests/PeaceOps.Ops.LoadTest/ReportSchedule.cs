namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// When every report is due. Each aircraft reports once a second, the aircraft spread evenly over the second (a real fleet's
/// trackers are not synchronised); in a burst second each aircraft reports <c>burstRate / aircraft</c> times, evenly spaced.
/// Warm-up seconds come first at the base rate and are not measured.
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
            var perAircraft = measured && IsBurst(settings, second - settings.Warmup) ? Math.Max(1, settings.BurstRate / settings.Aircraft) : 1;
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

    public static bool IsBurst(LoadSettings settings, int measuredSecond) => measuredSecond > 0 && measuredSecond % settings.BurstEvery == 0;
}

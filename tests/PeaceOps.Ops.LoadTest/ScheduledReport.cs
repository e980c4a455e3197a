namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// One post the tool owes the server: which aircraft, the reports it carries (numbered from <paramref name="FirstNumber"/>,
/// each generated at its own time from the run's start), and whether it counts. A post is due when its newest report is
/// generated: the older ones in a batch waited for it, and that wait is part of their latency, which is measured from
/// their own generation time.
/// </summary>
public sealed record ScheduledReport(int Aircraft, int FirstNumber, IReadOnlyList<TimeSpan> Generated, bool Measured)
{
    public TimeSpan Due => Generated[^1];
}

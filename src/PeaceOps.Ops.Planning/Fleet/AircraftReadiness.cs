namespace PeaceOps.Ops.Planning.Fleet;

/// <summary>Notice to move: how long from tasking to wheels-up, by day and by night (typically 30 and 60 min).</summary>
public sealed record AircraftReadiness(TimeSpan DayNoticeToMove, TimeSpan NightNoticeToMove)
{
    public static AircraftReadiness Standard { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
}

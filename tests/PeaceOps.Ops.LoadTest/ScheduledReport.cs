namespace PeaceOps.Ops.LoadTest;

/// <summary>One position report the tool owes the server: which aircraft, when it is due (from the run's start), and whether it counts.</summary>
public sealed record ScheduledReport(int Aircraft, int Number, TimeSpan Due, bool Measured);

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// One 10-1-2 mark of an incident. <see cref="MarginMinutes"/>: positive when reached early, negative when late
/// (for a mark not reached, how far past due the report's moment is).
/// </summary>
public sealed record ClockOutcome(
    ClockMark Mark,
    DateTimeOffset DueAt,
    DateTimeOffset? ReachedAt,
    ClockVerdict Verdict,
    double? MarginMinutes,
    DateTimeOffset? PredictedAt);

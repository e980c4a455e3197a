namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>One phase of an incident: when it started and ended, and its length (null while either end is unknown).</summary>
public sealed record PhaseDuration(IncidentPhase Phase, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt)
{
    public double? Minutes => StartedAt is { } start && EndedAt is { } end ? (end - start).TotalMinutes : null;
}

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>One line of the incident's timeline as the duty officer reads it.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.timeline-entry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Type,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Summary);

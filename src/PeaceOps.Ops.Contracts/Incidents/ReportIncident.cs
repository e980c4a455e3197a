using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>A new 9-line. <see cref="InjuredAt"/> absent: the clocks start at the report (doctrine: time of first report).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.report-incident")]
public sealed record ReportIncident(
    [property: Id(0)] NineLine NineLine,
    [property: Id(1)] DateTimeOffset? InjuredAt,
    [property: Id(2)] CommandContext Context);

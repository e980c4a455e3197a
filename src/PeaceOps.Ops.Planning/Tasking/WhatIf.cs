namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>One constraint lifted, so reviewers can measure what an impediment costs in minutes.</summary>
public sealed record WhatIf(WhatIfKind Kind, string? ZoneId = null)
{
    public static WhatIf NightFlightAuthorised { get; } = new(WhatIfKind.NightFlightAuthorised);

    /// <summary>The named zone no longer constrains any flight (as if the host state cleared it).</summary>
    public static WhatIf ZoneCleared(string zoneId) => new(WhatIfKind.ZoneCleared, zoneId);
}

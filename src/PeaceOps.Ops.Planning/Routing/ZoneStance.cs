namespace PeaceOps.Ops.Planning.Routing;

/// <summary>What a zone means for a flight at one instant, from least to most restrictive.</summary>
public enum ZoneStance
{
    /// <summary>Inactive, cleared, flown under, or lifted by a what-if.</summary>
    Free = 0,

    /// <summary>May be crossed with the duty officer's approval: a warning (fast-track restricted, danger, threat).</summary>
    Approval = 1,

    /// <summary>Crossing is a blocking violation (restricted without clearance; danger or threat when the mission says so).</summary>
    Blocked = 2,

    /// <summary>Never crossed: an active prohibited zone.</summary>
    Prohibited = 3,
}

namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>
/// How a restricted zone may be entered. Host states typically want 24-72 h notice; CASEVAC flights are
/// often fast-tracked but still need an authorised officer's approval, so a fast-track crossing is a warning.
/// </summary>
/// <param name="LeadTimeHours">Notice the host state needs before it grants a clearance.</param>
/// <param name="CasevacFastTrack">CASEVAC flights may cross on approval without the lead time.</param>
/// <param name="ClearedUntil">A standing clearance already held, valid until this instant.</param>
public sealed record ClearanceRule(double LeadTimeHours = 24, bool CasevacFastTrack = false, DateTimeOffset? ClearedUntil = null)
{
    public static ClearanceRule None { get; } = new(0, false, null);
}

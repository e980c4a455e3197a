using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>The decision as the report shows it: who chose what, why, and the alternatives as they were shown.</summary>
public sealed record DecisionRecord(
    string AircraftId,
    string FacilityId,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string? OverrideReason,
    int? ChosenRank,
    TaskingOptionDto? Chosen,
    IReadOnlyList<TaskingOptionDto> Alternatives)
{
    public static DecisionRecord From(TaskingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var chosen = decision.Chosen;
        return new DecisionRecord(decision.AircraftId, decision.FacilityId, decision.ApprovedBy, decision.ApprovedAt,
            decision.OverrideReason, chosen?.Rank, chosen, decision.Alternatives);
    }
}

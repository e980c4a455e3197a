using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// The duty officer's decision with its context: the options exactly as they were shown (ranking, ETAs, violations),
/// read from the approval event rather than recomputed, so the reviewer sees what the duty officer saw.
/// </summary>
public sealed record TaskingDecision(
    string AircraftId,
    string FacilityId,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string? OverrideReason,
    IReadOnlyList<TaskingOptionDto> OptionsShown)
{
    public TaskingOptionDto? Chosen =>
        OptionsShown.FirstOrDefault(o => o.AircraftId == AircraftId && o.FacilityId == FacilityId);

    public IReadOnlyList<TaskingOptionDto> Alternatives =>
        OptionsShown.Where(o => !(o.AircraftId == AircraftId && o.FacilityId == FacilityId)).ToList();
}

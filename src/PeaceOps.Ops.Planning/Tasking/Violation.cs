namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>A rule an option breaks: a stable code (see <see cref="ViolationCodes"/>) and a sentence for the duty officer.</summary>
public sealed record Violation(string Code, ViolationSeverity Severity, string Message);

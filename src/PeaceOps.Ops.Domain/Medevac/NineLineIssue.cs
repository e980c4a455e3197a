namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>A problem with one line of a 9-line (line 0: the request as a whole), saying what was expected.</summary>
public sealed record NineLineIssue(int Line, string Field, string Message)
{
    /// <summary>The key used in problem-details <c>errors</c>, e.g. "line3.precedence".</summary>
    public string Key => Line == 0 ? Field : $"line{Line}.{Field}";
}

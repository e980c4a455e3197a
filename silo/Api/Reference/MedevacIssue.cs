namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary>One line's problem as the API reports it: <c>{ line: 3, field: "precedence", message: "expected ..." }</c>.</summary>
internal sealed record MedevacIssue(int Line, string Field, string Message);

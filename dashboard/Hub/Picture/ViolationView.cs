namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record ViolationView(string Code, string Severity, string Message);

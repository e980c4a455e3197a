namespace PeaceOps.Ops.Silo.Auth;

/// <summary>A user whose password was right: the name to put in tokens and the event log, and the roles.</summary>
public sealed record SignedInUser(string Username, IReadOnlyList<string> Roles);

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>A built-in account for the embedded demo: a username, its roles and the hash of its password.</summary>
public sealed record DemoAccount(string Username, IReadOnlyList<string> Roles, PasswordHash Password);

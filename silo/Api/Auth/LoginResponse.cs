namespace PeaceOps.Ops.Silo.Api.Auth;

public sealed record LoginResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, IReadOnlyList<string> Roles);

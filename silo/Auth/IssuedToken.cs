namespace PeaceOps.Ops.Silo.Auth;

/// <summary>A signed access token and when it stops being accepted.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);

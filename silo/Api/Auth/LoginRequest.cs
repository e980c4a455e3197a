namespace PeaceOps.Ops.Silo.Api.Auth;

public sealed record LoginRequest(string? Username, string? Password);

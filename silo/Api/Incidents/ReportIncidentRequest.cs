namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary><c>{idempotencyKey, injuredAt?, nineLine}</c> or <c>{idempotencyKey, injuredAt?, nineLineText}</c>.</summary>
public sealed record ReportIncidentRequest(string? IdempotencyKey, DateTimeOffset? InjuredAt, NineLineBody? NineLine, string? NineLineText);

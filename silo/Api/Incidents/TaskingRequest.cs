namespace PeaceOps.Ops.Silo.Api.Incidents;

public sealed record TaskingRequest(string? AircraftId, string? FacilityId, string? OverrideReason);

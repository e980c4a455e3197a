namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record AircraftTaskingView(string IncidentId, string FacilityId, DateTimeOffset TaskedAt, string TaskedBy);

using PeaceOps.Ops.Contracts.Facilities;

namespace PeaceOps.Ops.Silo.Api.Facilities;

public sealed record FacilityStatusRequest(FacilityStatus? Status, int? AvailableBeds, int? AvailableOperatingTables, string? Note);

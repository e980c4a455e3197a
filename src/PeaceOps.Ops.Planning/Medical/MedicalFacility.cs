using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Medical;

/// <summary>A medical treatment facility and its helipad, as the medical coordinator last reported it.</summary>
public sealed record MedicalFacility(
    string Id,
    string Name,
    FacilityLevel Level,
    FacilityCapabilities Capabilities,
    FacilityStatus Status,
    int AvailableBeds,
    int AvailableOperatingTables,
    bool HelipadNightCapable,
    GeoPosition Position);

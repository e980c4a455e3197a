using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>An incident as the picture lists it; <c>FacilityEta</c> is the approved option's, for the receiving facility.</summary>
public sealed record IncidentView(
    string Id,
    string Status,
    string Precedence,
    PickupView Pickup,
    DateTimeOffset InjuredAt,
    IncidentClocks Clocks,
    string? AircraftId,
    string? FacilityId,
    bool ReplanFlagged,
    int Patients,
    bool Open,
    DateTimeOffset? FacilityEta = null);

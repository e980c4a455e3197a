namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>A 9-line as structured JSON. Line 1 by <c>pickup.mgrs</c> or <c>pickup.lat</c>/<c>pickup.lon</c>.</summary>
public sealed record NineLineBody(
    PickupBody? Pickup,
    string? RadioFrequency,
    string? CallSign,
    PatientsBody? Patients,
    IReadOnlyList<string>? SpecialEquipment,
    int? Litter,
    int? Ambulatory,
    string? Security,
    string? Marking,
    string? Nationality,
    string? Terrain,
    int? Escort = null);

public sealed record PickupBody(double? Lat, double? Lon, string? Mgrs);

public sealed record PatientsBody(int? Urgent, int? UrgentSurgical, int? Priority, int? Routine, int? Convenience);

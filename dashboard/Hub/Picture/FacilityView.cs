namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>A facility as CONTRACT.md shows it (id, name, level, status, position, available beds and tables), plus capacity and who reported.</summary>
public sealed record FacilityView(
    string Id,
    string Name,
    string Level,
    string Status,
    PointView Position,
    int AvailableBeds,
    int AvailableOperatingTables,
    int Beds,
    int OperatingTables,
    bool Surgery,
    bool HelipadNightCapable,
    string? Note,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);

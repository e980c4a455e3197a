namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>A zone as CONTRACT.md shows it; <see cref="Active"/> is as of the picture's time.</summary>
public sealed record AirspaceView(
    string Id,
    string Name,
    string Kind,
    GeoJsonPolygon Geometry,
    double FloorFt,
    double CeilingFt,
    bool Active,
    DateTimeOffset? ActiveFrom,
    DateTimeOffset? ActiveTo,
    double? ClearanceLeadTimeHours,
    bool CasevacFastTrack,
    DateTimeOffset? ClearedUntil);

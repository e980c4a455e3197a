namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>An aircraft as CONTRACT.md shows it (id, callsign, type, status, baseId, nvgCapable, litters, position), plus what the screens use.</summary>
public sealed record AircraftView(
    string Id,
    string Callsign,
    string Type,
    string Status,
    string BaseId,
    bool NvgCapable,
    int Litters,
    PositionView? Position,
    int Seats,
    bool Hoist,
    PointView BasePosition,
    double EnduranceRemainingMinutes,
    AircraftTaskingView? Tasking,
    string? StatusNote,
    DateTimeOffset StatusChangedAt);

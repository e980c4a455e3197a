using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Fleet;

/// <summary>One aircraft as the engine sees it at the moment of evaluation.</summary>
/// <param name="EnduranceRemaining">Fuel on board expressed as flying time.</param>
/// <param name="AmetOnBoard">An aeromedical evacuation team flies with it, so resuscitation starts at the pickup.</param>
public sealed record AircraftSnapshot(
    string Id,
    string Callsign,
    AircraftProfile Profile,
    bool CrewNvgCurrent,
    AircraftReadiness Readiness,
    AircraftStatus Status,
    GeoPosition Position,
    TimeSpan EnduranceRemaining,
    string BaseId,
    bool AmetOnBoard = false);

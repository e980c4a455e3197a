namespace PeaceOps.Ops.Planning.Airspace;

/// <summary>ICAO Annex 2 area types plus the mission-declared threat area (e.g. reported MANPADS).</summary>
public enum AirspaceZoneKind
{
    Prohibited,
    Restricted,
    Danger,
    Threat,
}

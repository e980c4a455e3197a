using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>The impediments a mission argues about with the host state and headquarters (A/70/357 §111).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImpedimentClass>))]
public enum ImpedimentClass
{
    /// <summary>No host-state night-flight authorisation (or no NVG aircraft, crew or night-capable site).</summary>
    NightFlightRestriction,

    /// <summary>Restricted airspace without host-state clearance.</summary>
    AirspaceClearance,

    /// <summary>The better-placed aircraft were tasked, unserviceable or in crew rest.</summary>
    NoAvailableAircraft,

    /// <summary>The better-placed facility was diverting or closed.</summary>
    FacilityDiverting,
}

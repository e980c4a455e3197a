using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Mission;

/// <summary>ICAO Annex 2 areas plus the mission's own threat areas.</summary>
[GenerateSerializer, Alias("peaceops.airspace-kind")]
[JsonConverter(typeof(JsonStringEnumConverter<AirspaceKind>))]
public enum AirspaceKind
{
    /// <summary>No flight.</summary>
    [JsonStringEnumMemberName("prohibited")]
    Prohibited = 0,

    /// <summary>Flight only under stated conditions, e.g. host-state clearance.</summary>
    [JsonStringEnumMemberName("restricted")]
    Restricted = 1,

    /// <summary>Hazards at stated times.</summary>
    [JsonStringEnumMemberName("danger")]
    Danger = 2,

    /// <summary>Mission-declared (e.g. reported MANPADS): avoid, or accept with approval.</summary>
    [JsonStringEnumMemberName("threat")]
    Threat = 3,
}

using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>Hospital availability as in OASIS EDXL-HAVE practice.</summary>
[GenerateSerializer, Alias("peaceops.facility-status")]
[JsonConverter(typeof(JsonStringEnumConverter<FacilityStatus>))]
public enum FacilityStatus
{
    [JsonStringEnumMemberName("open")]
    Open = 0,

    /// <summary>Accepting some patients only.</summary>
    [JsonStringEnumMemberName("limited")]
    Limited = 1,

    /// <summary>Not accepting: send casualties elsewhere.</summary>
    [JsonStringEnumMemberName("diverting")]
    Diverting = 2,

    [JsonStringEnumMemberName("closed")]
    Closed = 3,
}

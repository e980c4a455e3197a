using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>
/// Lifecycle: Reported → OptionsProposed → Tasked → Launched → AtPickup → PatientsOnBoard → AtFacility → Closed.
/// Cancelled and Closed are final. Aborted (the flight turned back) may be tasked again. Diverted (new facility)
/// continues to AtFacility.
/// </summary>
[GenerateSerializer, Alias("peaceops.incident-status")]
[JsonConverter(typeof(JsonStringEnumConverter<IncidentStatus>))]
public enum IncidentStatus
{
    [JsonStringEnumMemberName("reported")]
    Reported = 0,

    [JsonStringEnumMemberName("optionsProposed")]
    OptionsProposed = 1,

    [JsonStringEnumMemberName("tasked")]
    Tasked = 2,

    [JsonStringEnumMemberName("launched")]
    Launched = 3,

    [JsonStringEnumMemberName("atPickup")]
    AtPickup = 4,

    [JsonStringEnumMemberName("patientsOnBoard")]
    PatientsOnBoard = 5,

    [JsonStringEnumMemberName("atFacility")]
    AtFacility = 6,

    [JsonStringEnumMemberName("closed")]
    Closed = 7,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled = 8,

    [JsonStringEnumMemberName("aborted")]
    Aborted = 9,

    [JsonStringEnumMemberName("diverted")]
    Diverted = 10,
}

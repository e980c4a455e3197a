using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>A lifecycle step after tasking, as the crew or the duty officer reports it.</summary>
[GenerateSerializer, Alias("peaceops.incident-milestone")]
[JsonConverter(typeof(JsonStringEnumConverter<IncidentMilestone>))]
public enum IncidentMilestone
{
    [JsonStringEnumMemberName("launched")]
    Launched = 0,

    [JsonStringEnumMemberName("atPickup")]
    AtPickup = 1,

    [JsonStringEnumMemberName("patientsOnBoard")]
    PatientsOnBoard = 2,

    /// <summary>Arrived and handed over (ATMIST/ZMIST).</summary>
    [JsonStringEnumMemberName("atFacility")]
    AtFacility = 3,

    [JsonStringEnumMemberName("closed")]
    Closed = 4,

    /// <summary>Needs a reason.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled = 5,

    /// <summary>Needs a reason; releases the aircraft; the incident can be tasked again.</summary>
    [JsonStringEnumMemberName("aborted")]
    Aborted = 6,

    /// <summary>Needs a reason and the new facility id.</summary>
    [JsonStringEnumMemberName("diverted")]
    Diverted = 7,
}

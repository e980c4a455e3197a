using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>9-line line 3 precedence (ATP 4-02.2), most urgent first. An incident takes the most urgent of its patients.</summary>
[GenerateSerializer, Alias("peaceops.precedence")]
[JsonConverter(typeof(JsonStringEnumConverter<Precedence>))]
public enum Precedence
{
    /// <summary>B: within 1 hour, needs surgery (so a Level II destination).</summary>
    [JsonStringEnumMemberName("urgentSurgical")]
    UrgentSurgical = 0,

    /// <summary>A: within 1 hour.</summary>
    [JsonStringEnumMemberName("urgent")]
    Urgent = 1,

    /// <summary>C: within 4 hours.</summary>
    [JsonStringEnumMemberName("priority")]
    Priority = 2,

    /// <summary>D: within 24 hours.</summary>
    [JsonStringEnumMemberName("routine")]
    Routine = 3,

    /// <summary>E: deleted by NATO; accepted and flagged.</summary>
    [JsonStringEnumMemberName("convenience")]
    Convenience = 4,
}

using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Tasking;

[GenerateSerializer, Alias("peaceops.violation-severity")]
[JsonConverter(typeof(JsonStringEnumConverter<ViolationSeverity>))]
public enum ViolationSeverity
{
    /// <summary>The option may only be chosen with an override reason.</summary>
    [JsonStringEnumMemberName("blocking")]
    Blocking = 0,

    [JsonStringEnumMemberName("warning")]
    Warning = 1,
}

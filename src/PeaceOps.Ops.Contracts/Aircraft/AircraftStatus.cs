using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>
/// What an airframe can do now. <see cref="Tasked"/> and <see cref="OnMission"/> come from the tasking flow only;
/// the others are set by the air operations centre (or the simulator).
/// </summary>
[GenerateSerializer, Alias("peaceops.aircraft-status")]
[JsonConverter(typeof(JsonStringEnumConverter<AircraftStatus>))]
public enum AircraftStatus
{
    /// <summary>Serviceable, crewed, at notice to move: can be tasked.</summary>
    [JsonStringEnumMemberName("available")]
    Available = 0,

    /// <summary>Holds a CASEVAC tasking, not yet launched.</summary>
    [JsonStringEnumMemberName("tasked")]
    Tasked = 1,

    /// <summary>Launched on its tasking (to the pickup, with patients, or to the facility).</summary>
    [JsonStringEnumMemberName("onMission")]
    OnMission = 2,

    /// <summary>Crew duty limit reached: not available until the crew has rested.</summary>
    [JsonStringEnumMemberName("crewRest")]
    CrewRest = 3,

    /// <summary>Not flyable (defect, maintenance, battle damage).</summary>
    [JsonStringEnumMemberName("unserviceable")]
    Unserviceable = 4,

    /// <summary>Released from a tasking and flying home; can be re-tasked by the duty officer.</summary>
    [JsonStringEnumMemberName("returning")]
    Returning = 5,
}

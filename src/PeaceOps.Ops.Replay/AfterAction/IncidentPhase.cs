using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>The stretches of a casualty evacuation a reviewer measures, in the order they happen.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IncidentPhase>))]
public enum IncidentPhase
{
    /// <summary>Injury to the 9-line reaching the operations centre.</summary>
    Report,

    /// <summary>Report to the options being shown to the duty officer.</summary>
    Options,

    /// <summary>Options shown to the tasking being approved.</summary>
    Approval,

    /// <summary>Tasking to wheels-up (notice to move).</summary>
    Launch,

    /// <summary>Wheels-up to arrival at the pickup site.</summary>
    Pickup,

    /// <summary>Arrival at the pickup to the handover at the facility.</summary>
    Handover,
}

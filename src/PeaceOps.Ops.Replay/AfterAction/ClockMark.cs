using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Replay.AfterAction;

/// <summary>The two marks of the 10-1-2 timeline (AJP-4.10) that an evacuation decides; the 10-minute first aid is on the ground.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClockMark>))]
public enum ClockMark
{
    /// <summary>1 hour: advanced resuscitation begins (arrival at a Level I or higher).</summary>
    Resuscitation,

    /// <summary>2 hours: damage-control surgery (arrival at a Level II or higher).</summary>
    Surgery,
}

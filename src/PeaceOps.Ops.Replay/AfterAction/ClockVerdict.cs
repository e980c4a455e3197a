using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Replay.AfterAction;

[JsonConverter(typeof(JsonStringEnumConverter<ClockVerdict>))]
public enum ClockVerdict
{
    /// <summary>The mark was reached by its due time.</summary>
    Met,

    /// <summary>Reached late, or not reached and the due time has passed.</summary>
    Missed,

    /// <summary>Not reached yet and still due.</summary>
    Pending,

    /// <summary>The incident was cancelled before the casualty was lifted: no clock to judge.</summary>
    NotApplicable,
}

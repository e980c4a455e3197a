using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Replay.AfterAction;

[JsonConverter(typeof(JsonStringEnumConverter<CostBasis>))]
public enum CostBasis
{
    /// <summary>The tasking engine run again on the recorded inputs with the constraint lifted.</summary>
    WhatIf,

    /// <summary>Read from the options the duty officer was shown (a blocked option that would have been faster).</summary>
    Measured,
}

namespace PeaceOps.Ops.Planning.Tasking;

public enum ViolationSeverity
{
    /// <summary>The option may only be chosen with an override reason.</summary>
    Blocking,

    /// <summary>The duty officer must confirm or obtain an approval.</summary>
    Warning,
}

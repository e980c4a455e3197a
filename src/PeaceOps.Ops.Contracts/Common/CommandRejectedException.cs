namespace PeaceOps.Ops.Contracts.Common;

/// <summary>A payload that fails validation; refused before any event is written. <see cref="Field"/> is the camelCase JSON field.</summary>
[GenerateSerializer, Alias("peaceops.command-rejected")]
public sealed class CommandRejectedException : OpsCommandException
{
    public CommandRejectedException()
    {
    }

    public CommandRejectedException(string field, string message, string code = "INVALID")
        : base(code, message)
    {
        Field = field;
    }

    [Id(0)]
    public string Field { get; init; } = "";
}

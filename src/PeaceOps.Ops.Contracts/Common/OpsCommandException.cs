namespace PeaceOps.Ops.Contracts.Common;

/// <summary>
/// A command the operation refused, with a stable <see cref="Code"/> a client can branch on.
/// The API maps the subclasses: <see cref="EntityNotFoundException"/> 404, <see cref="CommandConflictException"/> 409,
/// <see cref="CommandRejectedException"/> 422 (400 when the edge validation should have caught it).
/// </summary>
[GenerateSerializer, Alias("peaceops.command-exception")]
public abstract class OpsCommandException : Exception
{
    protected OpsCommandException()
    {
    }

    protected OpsCommandException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    [Id(0)]
    public string Code { get; init; } = "";
}

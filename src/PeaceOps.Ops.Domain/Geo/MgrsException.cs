namespace PeaceOps.Ops.Domain.Geo;

/// <summary>A grid reference that cannot be read or a position that has none; the message is fit for an end user.</summary>
public sealed class MgrsException : Exception
{
    public MgrsException()
        : this(new MgrsError(MgrsProblem.Empty, "The MGRS reference is empty."))
    {
    }

    public MgrsException(string message)
        : this(new MgrsError(MgrsProblem.Empty, message))
    {
    }

    public MgrsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new MgrsError(MgrsProblem.Empty, message);
    }

    public MgrsException(MgrsError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public MgrsError Error { get; }

    public MgrsProblem Problem => Error.Problem;
}

namespace PeaceOps.Ops.Domain.Geo;

/// <summary>Why a grid reference could not be read or written, in words fit for the duty officer.</summary>
public sealed record MgrsError(MgrsProblem Problem, string Message);

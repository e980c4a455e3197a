namespace PeaceOps.Ops.Silo.Api.Reference;

internal sealed record MgrsResponse(string Mgrs);

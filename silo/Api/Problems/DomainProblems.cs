using Microsoft.AspNetCore.Mvc;
using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Silo.Api.Problems;

/// <summary>
/// The grains' refusals as HTTP: unknown entity 404, conflict with the current state 409, an option that needs an override
/// reason (or is not an option) 422, any other invalid payload 400 naming the field. Each carries the stable code.
/// </summary>
public static class DomainProblems
{
    private static readonly HashSet<string> Unprocessable = new(StringComparer.Ordinal) { "OVERRIDE_REASON_REQUIRED", "NOT_AN_OPTION" };

    public static ProblemDetails? For(Exception exception) => exception switch
    {
        EntityNotFoundException notFound => WithCode(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = notFound.Message }, notFound.Code),
        CommandConflictException conflict => WithCode(
            new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflicts with the current state", Detail = conflict.Message, Extensions = { ["currentState"] = conflict.CurrentState } },
            conflict.Code),
        CommandRejectedException rejected when Unprocessable.Contains(rejected.Code) => WithCode(
            new HttpValidationProblemDetails(Fields(rejected)) { Status = StatusCodes.Status422UnprocessableEntity, Title = "The command cannot be carried out as given", Detail = rejected.Message },
            rejected.Code),
        CommandRejectedException rejected => WithCode(
            new HttpValidationProblemDetails(Fields(rejected)) { Status = StatusCodes.Status400BadRequest, Title = "The request is invalid", Detail = rejected.Message },
            rejected.Code),
        _ => null,
    };

    private static Dictionary<string, string[]> Fields(CommandRejectedException rejected) =>
        new() { [string.IsNullOrEmpty(rejected.Field) ? "body" : rejected.Field] = [rejected.Message] };

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Extensions["code"] = code;
        return problem;
    }
}

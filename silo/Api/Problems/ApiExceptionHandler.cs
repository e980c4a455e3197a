using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using PeaceOps.Ops.Silo.Api.Json;

namespace PeaceOps.Ops.Silo.Api.Problems;

/// <summary>
/// Turns exceptions that mean "the request was wrong" into problem details with the right status, so bad input
/// never becomes a 500. Anything not recognised is a real fault and falls through to the default 500 problem.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ProblemFor(exception);
        if (problem is null)
        {
            return false;
        }

        logger.LogInformation("{Method} {Path} answered {Status}: {Title}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, problem.Title);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails? ProblemFor(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => new()
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large",
            Detail = bad.Message,
        },
        BadHttpRequestException bad => new()
        {
            Status = bad.StatusCode,
            Title = "The request is invalid",
            Detail = bad.Message,
        },
        JsonException json => InvalidJson(json),
        _ => DomainProblems.For(exception),
    };

    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = ApiJson.FieldName(json.Path);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [Describe(json)] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this endpoint",
            Detail = $"'{field}' could not be read.",
        };
    }

    private static string Describe(JsonException json)
    {
        // System.Text.Json appends "Path: ... | LineNumber: ..."; the field name already says where.
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Replay.Playback;
using PeaceOps.Ops.Replay.Rendering;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>
/// Replay and after-action review over the recorded logs: the picture at a moment, an incident's after-action report
/// and the mission impediment report. All read-only.
/// </summary>
public static class ReplayEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The API's policy for replay and after-action review (Reviewer, DutyOfficer, Admin).</summary>
    public const string Policy = "Review";

    /// <summary>A requested moment may precede the log's first event by this much and still answer the initial (empty)
    /// picture; earlier is a mistake: 400. Shared with the hub's playback so both refuse the same periods.</summary>
    public static readonly TimeSpan BeforeLogGrace = ReplayRequest.BeforeLogGrace;

    /// <summary>Clock skew between a client and the server that is not yet "the future".</summary>
    public static readonly TimeSpan FutureTolerance = ReplayRequest.FutureTolerance;

    /// <summary>The longest impediment report period (a mission reports monthly or quarterly; a year is the bound).</summary>
    public static readonly TimeSpan LongestReportPeriod = TimeSpan.FromDays(366);

    public static RouteGroupBuilder MapReplay(this RouteGroupBuilder api, string policy)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/replay/picture", GetPicture).RequireAuthorization(policy).WithName("GetReplayPicture");
        api.MapGet("/incidents/{id}/aar", GetAfterActionReport).RequireAuthorization(policy).WithName("GetAfterActionReport");
        api.MapGet("/reports/impediments", GetImpedimentReport).RequireAuthorization(policy).WithName("GetImpedimentReport");
        return api;
    }

    private static async Task<IResult> GetPicture(string? at, PictureAtTime pictures, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ReplayQuery.TryTime(at, "at", errors, out var moment))
        {
            return Results.ValidationProblem(errors);
        }

        if (moment > time.GetUtcNow() + FutureTolerance)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["at"] = ["'at' is in the future: the log holds only what has happened."] });
        }

        var logStart = await pictures.LogStartAsync(cancellationToken);
        if (logStart is { } start && moment < start - BeforeLogGrace)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["at"] = [$"'at' is before the log begins ({start.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z)."],
            });
        }

        var picture = await pictures.AtAsync(moment, cancellationToken);
        return Results.Ok(ReplayPictureResponse.From(picture, moment));
    }

    private static async Task<IResult> GetAfterActionReport(string id, HttpRequest request, ReviewReports reports, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["'id' must be an incident id (1-200 characters)."] });
        }

        var report = await reports.AfterActionAsync(id, cancellationToken);
        if (report is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Incident not found", detail: $"No incident '{id}' in the log.");
        }

        return ReplayQuery.Wants(request, "text/html")
            ? Results.Content(AfterActionHtml.Render(report), "text/html; charset=utf-8")
            : Results.Ok(report);
    }

    private static async Task<IResult> GetImpedimentReport(string? from, string? to, string? format, HttpRequest request, ReviewReports reports, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var hasFrom = ReplayQuery.TryTime(from, "from", errors, out var start);
        var hasTo = ReplayQuery.TryTime(to, "to", errors, out var end);
        if (hasFrom && hasTo && end <= start)
        {
            errors["to"] = ["'to' must be after 'from'."];
        }
        else if (hasFrom && hasTo && end - start > LongestReportPeriod)
        {
            errors["to"] = [$"The period may be at most {LongestReportPeriod.TotalDays:0} days."];
        }

        if (format is not (null or "json" or "csv" or "html"))
        {
            errors["format"] = ["'format' must be json, csv or html."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var report = await reports.ImpedimentsAsync(start, end, cancellationToken);
        if (format == "csv" || (format is null && ReplayQuery.Wants(request, "text/csv")))
        {
            return Results.Text(ImpedimentReportCsv.Render(report), "text/csv; charset=utf-8");
        }

        return format == "html" || (format is null && ReplayQuery.Wants(request, "text/html"))
            ? Results.Content(ImpedimentReportHtml.Render(report), "text/html; charset=utf-8")
            : Results.Ok(report);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Aircraft;

/// <summary>
/// <c>POST /api/v1/aircraft/{id}/positions</c>: a batch of tracker reports, checked at the edge (ranges, plausible speed,
/// not from the future) so that the grain only sees sane data; a repeated report id is accepted and ignored by the grain.
/// </summary>
public static class PositionEndpoints
{
    public const int MaxReportsPerBatch = 1000;

    /// <summary>Tracker clocks drift; beyond this a report is from the future and refused.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(2);

    /// <summary>Fast enough for every airframe in DOMAIN.md (a C-130 cruises near 300 kt) with margin.</summary>
    public const double MaxSpeedKts = 400;

    public static RouteGroupBuilder MapPositions(this RouteGroupBuilder api)
    {
        api.MapPost("/aircraft/{id}/positions", Report)
            .RequireAuthorization(Policies.PositionReports)
            .WithTags("Aircraft")
            .WithSummary("Report a batch of positions for one aircraft (202; repeats by reportId are ignored).");
        return api;
    }

    private static async Task<Results<Accepted<PositionReportResult>, ValidationProblem>> Report(
        string id, PositionReportRequest[] reports, StringKeyedGrains<IAircraftGrain> aircraft, TimeProvider time)
    {
        var errors = Validate(id, reports, time.GetUtcNow());
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var accepted = reports
            .Select(r => new PositionReport(r.ReportId!, r.At!.Value, r.Lat!.Value, r.Lon!.Value, r.AltitudeM ?? 0, r.HeadingDeg ?? 0, r.SpeedKts ?? 0, r.EnduranceRemainingMinutes))
            .OrderBy(r => r.At)
            .ToArray();
        var result = await aircraft.Get(id).ReportPositions(accepted);
        return TypedResults.Accepted((string?)null, result);
    }

    public static FieldErrors Validate(string id, PositionReportRequest[]? reports, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.RequireText("id", id, 100);
        if (reports is null || reports.Length == 0)
        {
            return errors.Add("body", "must be a non-empty array of position reports.");
        }

        if (reports.Length > MaxReportsPerBatch)
        {
            return errors.Add("body", $"must hold at most {MaxReportsPerBatch} reports.");
        }

        for (var i = 0; i < reports.Length; i++)
        {
            var r = reports[i];
            var at = $"[{i}].";
            if (r is null)
            {
                errors.Add($"[{i}]", "must be a position report.");
                continue;
            }

            errors.RequireText(at + "reportId", r.ReportId, 100);
            if (errors.Require(at + "at", r.At) && r.At > now + FutureTolerance)
            {
                errors.Add(at + "at", $"is more than {FutureTolerance.TotalMinutes:0} minutes in the future.");
            }

            errors.InRange(at + "lat", r.Lat, -90, 90);
            errors.InRange(at + "lon", r.Lon, -180, 180);
            errors.InRange(at + "altitudeM", r.AltitudeM, -500, 15_000, required: false);
            errors.InRange(at + "headingDeg", r.HeadingDeg, 0, 360, required: false);
            errors.InRange(at + "speedKts", r.SpeedKts, 0, MaxSpeedKts, required: false);
            errors.InRange(at + "enduranceRemainingMinutes", r.EnduranceRemainingMinutes, 0, 24 * 60, required: false);
        }

        return errors;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>
/// Incidents and tasking: report a 9-line (the idempotency key decides the incident's id, so a retry lands on the same one),
/// read it, its ranked options and its events, and task an aircraft to a facility.
/// </summary>
public static class IncidentEndpoints
{
    private const int MaxNineLineTextLength = 4000;

    public static RouteGroupBuilder MapIncidents(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapPost("/", Report).RequireAuthorization(Policies.Tasking)
            .WithSummary("Report a 9-line MEDEVAC request; the same idempotencyKey again gives the same incident.");
        incidents.MapGet("/", List).RequireAuthorization(Policies.ReadPicture)
            .WithSummary("Incidents, open ones first, newest first.");
        incidents.MapGet("/{id}", Get).RequireAuthorization(Policies.ReadPicture)
            .WithSummary("An incident: status, precedence, pickup, 10-1-2 clocks, tasking and timeline.");
        incidents.MapGet("/{id}/options", Options).RequireAuthorization(Policies.ReadPicture)
            .WithSummary("Ranked tasking options, best first, with routes, legs and explained violations.");
        incidents.MapPost("/{id}/tasking", Task).RequireAuthorization(Policies.Tasking)
            .WithSummary("Task an aircraft to a facility; an option with blocking violations needs overrideReason.");
        incidents.MapGet("/{id}/events", Events).RequireAuthorization(Policies.ReadPicture)
            .WithSummary("The incident's recorded events in order.");
        return api;
    }

    private static IIncidentGrain Incident(IGrainFactory grains, string id) => grains.GetGrain<IIncidentGrain>(id);

    private static async Task<Results<Created<IncidentDetailView>, ValidationProblem>> Report(
        ReportIncidentRequest request, HttpContext http, IGrainFactory grains, NineLineText nineLineText)
    {
        var errors = new FieldErrors();
        errors.RequireText("idempotencyKey", request.IdempotencyKey, 200);
        NineLine? nineLine = null;
        if (request.NineLine is not null && request.NineLineText is not null)
        {
            errors.Add("nineLine", "give either nineLine or nineLineText, not both.");
        }
        else if (request.NineLine is not null)
        {
            nineLine = NineLineBodyReader.Read(request.NineLine, errors);
        }
        else if (errors.RequireText("nineLineText", request.NineLineText, MaxNineLineTextLength))
        {
            nineLine = nineLineText.Read(request.NineLineText!, errors);
        }

        if (errors.Any || nineLine is null)
        {
            return errors.ToProblem("The 9-line is invalid");
        }

        var id = IncidentIds.ForIdempotencyKey(request.IdempotencyKey!);
        var context = CommandContexts.For(http, request.IdempotencyKey);
        var incident = await Incident(grains, id).Report(new ReportIncident(nineLine, request.InjuredAt, context));
        return TypedResults.Created($"{ApiRegistration.Prefix}/incidents/{incident.Id}", IncidentDetailView.From(incident));
    }

    private static async Task<Ok<IncidentView[]>> List(IGrainFactory grains)
    {
        var picture = await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture();
        return TypedResults.Ok(picture.ToView().Incidents.ToArray());
    }

    private static async Task<Ok<IncidentDetailView>> Get(string id, IGrainFactory grains) =>
        TypedResults.Ok(IncidentDetailView.From(await Incident(grains, id).GetState()));

    private static async Task<Ok<OptionView[]>> Options(string id, IGrainFactory grains) =>
        TypedResults.Ok((await Incident(grains, id).GetOptions()).OrderBy(o => o.Rank).Select(OptionView.From).ToArray());

    private static async Task<Results<Ok<IncidentDetailView>, ValidationProblem>> Task(
        string id, TaskingRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.RequireText("aircraftId", request.AircraftId, 100);
        errors.RequireText("facilityId", request.FacilityId, 100);
        if (request.OverrideReason is { Length: > 2000 })
        {
            errors.Add("overrideReason", "must be at most 2000 characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var reason = string.IsNullOrWhiteSpace(request.OverrideReason) ? null : request.OverrideReason.Trim();
        var key = http.Request.Headers.TryGetValue(CommandContexts.IdempotencyKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header)
            ? header.ToString()
            : $"tasking:{id}:{request.AircraftId}:{request.FacilityId}";
        var context = CommandContexts.For(http, key);
        var incident = await Incident(grains, id).ApproveTasking(new ApproveTasking(request.AircraftId!, request.FacilityId!, reason, context));
        return TypedResults.Ok(IncidentDetailView.From(incident));
    }

    private static async Task<Ok<IncidentEventView[]>> Events(string id, IGrainFactory grains) =>
        TypedResults.Ok((await Incident(grains, id).GetEvents()).OrderBy(e => e.Sequence).Select(IncidentEventView.From).ToArray());
}

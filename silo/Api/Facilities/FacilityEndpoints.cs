using Microsoft.AspNetCore.Http.HttpResults;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Silo.Api.Problems;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Facilities;

/// <summary><c>PUT /api/v1/facilities/{id}/status</c>: the medical coordinator's report of status and free capacity.</summary>
public static class FacilityEndpoints
{
    public static RouteGroupBuilder MapFacilities(this RouteGroupBuilder api)
    {
        api.MapPut("/facilities/{id}/status", UpdateStatus)
            .RequireAuthorization(Policies.FacilityStatus)
            .WithTags("Facilities")
            .WithSummary("Report a facility's status (open, limited, diverting, closed) and free beds and operating tables.");
        return api;
    }

    private static async Task<Results<Ok<FacilityView>, ValidationProblem>> UpdateStatus(
        string id, FacilityStatusRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.RequireText("id", id, 100);
        errors.Require("status", request.Status);
        errors.InRange("availableBeds", request.AvailableBeds, 0, 10_000);
        errors.InRange("availableOperatingTables", request.AvailableOperatingTables, 0, 1_000);
        if (request.Note is { Length: > 1000 })
        {
            errors.Add("note", "must be at most 1000 characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var update = new FacilityStatusUpdate(request.Status!.Value, request.AvailableBeds!.Value, request.AvailableOperatingTables!.Value, request.Note);
        var facility = await grains.GetGrain<IMedicalFacilityGrain>(id).UpdateStatus(update, CommandContexts.For(http));
        return TypedResults.Ok(facility.ToView());
    }
}
